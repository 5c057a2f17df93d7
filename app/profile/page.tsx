import type { Metadata } from "next";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your profile" };

/** The signed-in person's own name and student id. */
export default async function ProfilePage() {
  const user = await userOrSignIn("/profile");
  const profile = await getOwnProfile({ actor: user });
  return (
    <main className={ui.page}>
      <div className={ui.header}>
        <div>
          <h1>Your profile</h1>
          <p>
            Signed in as <strong>{profile.email}</strong> ({profile.role}).
          </p>
        </div>
      </div>
      <div className={ui.card} style={{ maxWidth: 560 }}>
        <ProfileForm displayName={profile.displayName} studentId={profile.studentId} />
      </div>
    </main>
  );
}
