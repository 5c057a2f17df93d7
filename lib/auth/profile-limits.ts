// Zod-free, so the profile form can import the limits without loading zod in the browser (zod
// would probe `Function("")`, which the Content-Security-Policy refuses and reports).
export const DISPLAY_NAME_MAX_LENGTH = 100;
export const STUDENT_ID_MAX_LENGTH = 40;
