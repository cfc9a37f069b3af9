import { Suspense } from "react";
import { JoinForm } from "../components/join-form";

export default function HomePage() {
  return (
    <Suspense>
      <JoinForm />
    </Suspense>
  );
}
