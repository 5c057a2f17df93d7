import { z } from "zod";

export const MAX_TITLE_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 5000;

/** A course's editable fields, as an instructor submits them. */
export const ZCourseInput = z.object({
  title: z.string().trim().min(1, "give the course a title").max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`),
  description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `at most ${MAX_DESCRIPTION_LENGTH} characters`).default(""),
});

export type TCourseInput = z.input<typeof ZCourseInput>;
