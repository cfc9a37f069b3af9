import { HostGame } from "../../../components/host/host-game";

export default async function HostGamePage({ params }: { params: Promise<{ pin: string }> }) {
  const { pin } = await params;
  return <HostGame pin={pin} />;
}
