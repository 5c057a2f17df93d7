import ui from "@/app/_components/ui.module.css";

/** The outcome of a staff action: an alert for errors, a status line for success. */
export function ActionMessage({ message }: { message: { kind: "error" | "success"; text: string } | null }) {
  if (!message) return null;
  return (
    <span className={message.kind === "error" ? ui.error : ui.success} role={message.kind === "error" ? "alert" : "status"}>
      {message.text}
    </span>
  );
}
