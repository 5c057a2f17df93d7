"use client";

import { useState } from "react";
import ui from "@/app/_components/ui.module.css";
import { CourseForm } from "../../_components/course-form";

/** The course's title and description, editable in place. */
export function CourseDetails({ course, canEdit }: { course: { id: string; title: string; description: string }; canEdit: boolean }) {
  const [isEditing, setEditing] = useState(false);
  if (isEditing) {
    return (
      <div className={ui.card} style={{ marginBottom: 20 }}>
        <CourseForm course={course} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className={ui.header}>
      <div>
        <h1>{course.title}</h1>
        {course.description && <p style={{ whiteSpace: "pre-line" }}>{course.description}</p>}
      </div>
      {canEdit && (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit course
        </button>
      )}
    </div>
  );
}
