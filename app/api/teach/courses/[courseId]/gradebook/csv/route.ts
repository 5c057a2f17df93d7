import { exportCourseGradebookCsv } from "@/lib/gradebook/export-course-gradebook-csv";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** The course's gradebook across its sets as a CSV download (course owner or admin). */
export async function GET(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/gradebook/csv`, async () => {
    const user = await requireUser();
    const { filename, csv } = await exportCourseGradebookCsv({ actor: user, courseId });
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
