import { optionLetter } from "@lousa/game";
import { AnswerShape } from "./answer-shape";
import { RichText } from "./rich-text/rich-text";

/**
 * An option or item as every screen names it: its shape, its letter and its text. The letter is what
 * the projector, the phones and the exports share ("C > A > B"), so a student can match what they see
 * on the board to the button under their thumb even where colour and shape are not enough.
 */
export function OptionLabel({ index, text, shapeSize = 24, letterClass = "option-letter" }: { index: number; text?: string; shapeSize?: number; letterClass?: string }) {
  return (
    <>
      <AnswerShape index={index} size={shapeSize} />
      <span className={letterClass} aria-hidden="true">
        {optionLetter(index)}
      </span>
      {text !== undefined && (
        <span className="answer-text">
          <RichText text={text} phrasing wrapBlocks />
        </span>
      )}
    </>
  );
}
