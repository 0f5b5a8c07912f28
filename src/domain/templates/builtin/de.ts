import type { BuiltInSlot } from '../slots';

// German letters continue in lower case after the comma of the greeting line.
/** Built-in German templates (Sie-Form). */
export const de: Record<BuiltInSlot, string> = {
  templateNegative1: `Hallo [Kundenname],

vielen Dank, dass Sie sich die Zeit genommen haben, uns davon zu berichten. Es tut mir aufrichtig leid, dass Sie mit [konkretes Problem] so eine schlechte Erfahrung gemacht haben. Das entspricht nicht unserem Anspruch, und dafür übernehmen wir die Verantwortung.

Ich möchte Ihnen gern helfen, eine Lösung zu finden. Könnten Sie uns eine E-Mail an [unsere E-Mail-Adresse] mit Ihrer Bestellnummer schicken? Dann kümmern wir uns sofort darum und melden uns persönlich bei Ihnen.

Viele Grüße
[Signatur]`,

  templateNegative2: `Hallo [Kundenname],

vielen Dank für Ihr ehrliches Feedback. Es tut mir leid, dass [konkretes Problem] Ihre Erwartungen nicht erfüllt hat. Das ist nicht das Erlebnis, das wir Ihnen bieten möchten, und wir möchten es wiedergutmachen.

Wenn Sie uns unter [unsere E-Mail-Adresse] mit Ihrer Bestellnummer schreiben, finden wir heraus, was passiert ist, und melden uns so schnell wie möglich mit einer Lösung bei Ihnen.

Viele Grüße
[Signatur]`,

  templateNeutral3: `Hallo [Kundenname],

vielen Dank für Ihre Bewertung und dafür, dass Sie Ihre Gedanken mit uns teilen. Es freut uns zu hören, dass [positiven Punkt nennen].

Ihre Anregung zu [Verbesserungsbereich] haben wir notiert und berücksichtigen sie bei unserer weiteren Arbeit. Wenn Sie weitere Ideen haben, freuen wir uns darauf.

Beste Grüße
[Signatur]`,

  templatePositive4: `Hallo [Kundenname],

herzlichen Dank für die vier Sterne und Ihre freundlichen Worte! Wir freuen uns sehr, dass [konkreter Punkt] für Sie so gut gepasst hat.

Falls es etwas gibt, womit wir Ihr Erlebnis fünf Sterne wert machen können, lassen Sie es uns gern wissen. Wir freuen uns, Sie bald wieder bei uns begrüßen zu dürfen!

Viele Grüße
[Signatur]`,

  templatePositive5: `Hallo [Kundenname],

vielen herzlichen Dank für die tollen fünf Sterne! Es ist eine echte Freude zu lesen, dass Ihre Erfahrung mit [konkreter Punkt] so gut war, und ich gebe Ihr Lob gern an das Team weiter.

Wir freuen uns darauf, Sie bald wieder bei uns begrüßen zu dürfen.

Viele Grüße
[Signatur]`,

  templateQuestion: `Hallo [Kundenname],

vielen Dank für Ihre Bewertung und Ihre Frage zu [Produkt/Funktion]. [kurze Antwort]

Wenn Sie weitere Fragen haben, erreichen Sie unseren Kundenservice unter [E-Mail/Telefon] – unsere Spezialisten helfen Ihnen gern weiter.

Beste Grüße
[Signatur]`,

  templateAnonymous: `Hallo,

vielen Dank, dass Sie sich die Zeit genommen haben, Ihre Erfahrung mit uns zu teilen. Wir lesen jede Bewertung, und Ihr Feedback hilft uns, besser zu werden.

Wir würden uns gern persönlich bei Ihnen melden, können eine anonyme Bewertung aber niemandem zuordnen. Kontaktieren Sie uns bitte unter [E-Mail/Telefon] und nennen Sie diese Bewertung – dann kümmern wir uns um alles Weitere.

Viele Grüße
[Signatur]`,

  templateFollowUp: `Hallo [Kundenname],

danke, dass Sie uns Bescheid gegeben haben, und entschuldigen Sie bitte die Unannehmlichkeiten. Wir möchten uns das genau ansehen, und das klappt am besten direkt mit Ihnen statt hier.

Schreiben Sie uns bitte eine E-Mail an [unsere E-Mail-Adresse] mit Ihrer Bestellnummer und einer kurzen Beschreibung – ich sorge persönlich dafür, dass Sie eine Antwort bekommen.

Viele Grüße
[Signatur]`,

  templateSpamNote: `Die Bewertung ist Spam und wurde auf Trustpilot gemeldet.`,
};
