-- Type-answer questions: a typed answer is stored as text, and a question may accept answers without
-- their accents ("nucleo" for "núcleo").
ALTER TABLE "Answer" ADD COLUMN "text" TEXT;
ALTER TABLE "Question" ADD COLUMN "ignoreAccents" BOOLEAN NOT NULL DEFAULT false;
