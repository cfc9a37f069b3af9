import { SignInForm } from "../../components/teacher/sign-in-form";

export default function SignInPage() {
  return <SignInForm />;
}
