import { z } from "zod";

import { DISPLAY_NAME_MAX_LENGTH, STUDENT_ID_MAX_LENGTH } from "./profile-limits";

/** Trimmed; an empty value clears the field (null). Control characters never belong in a name or id. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${label} cannot contain control characters.`)
    .transform((value) => (value === "" ? null : value));

/** A display name and student id, as a learner edits them or a roster import sets them. */
export const ZProfileInput = z.object({
  displayName: optionalText(DISPLAY_NAME_MAX_LENGTH, "A name"),
  studentId: optionalText(STUDENT_ID_MAX_LENGTH, "A student id"),
});
export type TProfileInput = z.infer<typeof ZProfileInput>;
