import { HostSetup } from "../../components/host/host-setup";

export default function HostSetupPage() {
  return <HostSetup />;
}
