import { ReviewPage } from "../../../../components/player/review/review-page";

/** /play/123456/review: the student's review of that game, opened from the phone's end screen. */
export default async function PlayReviewPage({ params }: { params: Promise<{ pin: string }> }) {
  const { pin } = await params;
  return <ReviewPage pin={pin} />;
}
