import { exportGradebookCsv } from "@/lib/gradebook/export-gradebook-csv";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** The gradebook matrix as a CSV download (course owner or admin). */
export async function GET(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/gradebook/csv`, async () => {
    const user = await requireUser();
    const { filename, csv } = await exportGradebookCsv({ actor: user, problemSetId });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
