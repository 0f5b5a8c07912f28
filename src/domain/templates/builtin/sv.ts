import type { BuiltInSlot } from '../slots';

/** Built-in Swedish templates. */
export const sv: Record<BuiltInSlot, string> = {
  templateNegative1: `Hej [Kundens namn],

Tack för att du tog dig tid att berätta om det här, och jag är verkligen ledsen över din upplevelse av [specifikt problem]. Så här ska det inte vara, och vi tar ansvar för det.

Jag vill gärna hjälpa dig att lösa det. Kan du skicka ett mejl till [vår e-post] med ditt ordernummer? Då tittar vi på det direkt och återkommer personligen till dig.

Vänliga hälsningar
[Signatur]`,

  templateNegative2: `Hej [Kundens namn],

Tack för din ärliga feedback. Jag är ledsen att [specifikt problem] inte levde upp till dina förväntningar – det är inte den upplevelse vi vill ge dig, och vi vill gärna rätta till det.

Om du mejlar oss på [vår e-post] med ditt ordernummer tar vi reda på vad som har hänt och återkommer med en lösning så snart vi kan.

Vänliga hälsningar
[Signatur]`,

  templateNeutral3: `Hej [Kundens namn],

Tack för ditt omdöme och för att du delar med dig av dina tankar. Vad roligt att höra att [nämn något positivt].

Det du skriver om [förbättringsområde] har vi noterat, och vi tar med oss det i vårt fortsatta arbete. Har du fler idéer tar vi gärna emot dem.

Med vänliga hälsningar
[Signatur]`,

  templatePositive4: `Hej [Kundens namn],

Stort tack för de fyra stjärnorna och dina fina ord! Vad glada vi blir att [specifik detalj] fungerade bra för dig.

Finns det något vi hade kunnat göra för att det skulle bli en upplevelse värd fem stjärnor vill vi gärna höra det. Välkommen tillbaka!

Vänliga hälsningar
[Signatur]`,

  templatePositive5: `Hej [Kundens namn],

Tusen tack för de fina fem stjärnorna! Det är verkligen roligt att läsa att din upplevelse av [specifik detalj] var så bra, och jag ser till att teamet får höra det.

Vi ser fram emot att välkomna dig tillbaka.

Vänliga hälsningar
[Signatur]`,

  templateQuestion: `Hej [Kundens namn],

Tack för ditt omdöme och din fråga om [produkt/funktion]. [kort svar]

Vill du veta mer är du välkommen att kontakta vår kundtjänst på [e-post/telefon], så hjälper våra specialister dig vidare.

Med vänliga hälsningar
[Signatur]`,

  templateAnonymous: `Hej,

Tack för att du tog dig tid att dela din upplevelse med oss. Vi läser varje omdöme, och din feedback hjälper oss att bli bättre.

Vi skulle gärna följa upp med dig personligen, men eftersom omdömet är anonymt kan vi inte se vem du är. Kontakta oss gärna på [e-post/telefon] och hänvisa till det här omdömet, så tar vi det därifrån.

Vänliga hälsningar
[Signatur]`,

  templateFollowUp: `Hej [Kundens namn],

Tack för att du hörde av dig, och jag beklagar besväret. Vi vill titta ordentligt på det här, och det gör vi bäst direkt med dig i stället för här.

Skicka gärna ett mejl till [vår e-post] med ditt ordernummer och en kort beskrivning, så ser jag personligen till att du får svar.

Vänliga hälsningar
[Signatur]`,

  templateSpamNote: `Omdömet är spam och har flaggats på Trustpilot.`,
};
