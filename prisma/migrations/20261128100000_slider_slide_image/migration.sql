-- Sliders (a numeric guess, stored as a number, and the question's scale), slides (no new column: a
-- slide is a question with no options and no answers) and one picture per question.
ALTER TABLE "Answer" ADD COLUMN "value" REAL;
ALTER TABLE "Question" ADD COLUMN "slider" JSONB;
ALTER TABLE "Question" ADD COLUMN "image" JSONB;
