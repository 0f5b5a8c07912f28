import type { BuiltInSlot } from '../slots';

/** Built-in Danish templates. */
export const da: Record<BuiltInSlot, string> = {
  templateNegative1: `Hej [Kundens navn],

Tak, fordi du tog dig tid til at fortælle os om det her. Jeg er oprigtigt ked af din oplevelse med [konkret problem]. Det er ikke den standard, vi stræber efter, og det tager vi ansvaret for.

Jeg vil meget gerne hjælpe dig med at finde en løsning. Vil du sende en mail til [vores e-mail] med dit ordrenummer? Så kigger vi på det med det samme og vender personligt tilbage til dig.

Venlig hilsen
[Signatur]`,

  templateNegative2: `Hej [Kundens navn],

Tak for din ærlige feedback. Jeg er ked af, at [konkret problem] ikke levede op til dine forventninger. Det er ikke den oplevelse, vi ønsker at give dig, og vi vil gerne gøre det godt igen.

Hvis du skriver til os på [vores e-mail] med dit ordrenummer, undersøger vi, hvad der er sket, og vender tilbage med en løsning så hurtigt som muligt.

Venlig hilsen
[Signatur]`,

  templateNeutral3: `Hej [Kundens navn],

Tak for din anmeldelse, og fordi du deler dine tanker med os. Hvor er det godt at høre, at [nævn noget positivt].

Dit forslag om [forbedringsområde] har vi noteret, og vi tager det med i vores videre arbejde. Har du flere idéer, hører vi dem meget gerne.

De bedste hilsner
[Signatur]`,

  templatePositive4: `Hej [Kundens navn],

Mange tak for de fire stjerner og dine pæne ord! Vi er rigtig glade for, at [konkret detalje] fungerede godt for dig.

Er der noget, vi kunne have gjort for at gøre det til en oplevelse til fem stjerner, vil vi meget gerne høre det. Vi glæder os til at se dig igen!

Venlig hilsen
[Signatur]`,

  templatePositive5: `Hej [Kundens navn],

Tusind tak for de flotte fem stjerner! Det er en fornøjelse at læse, at din oplevelse med [konkret detalje] var så god, og jeg sørger for, at holdet hører om det.

Vi glæder os til at byde dig velkommen igen.

Venlig hilsen
[Signatur]`,

  templateQuestion: `Hej [Kundens navn],

Tak for din anmeldelse og dit spørgsmål om [produkt/funktion]. [kort svar]

Har du flere spørgsmål, er du velkommen til at kontakte vores kundeservice på [e-mail/telefon], så hjælper vores specialister dig videre.

De bedste hilsner
[Signatur]`,

  templateAnonymous: `Hej,

Tak, fordi du tog dig tid til at dele din oplevelse med os. Vi læser alle anmeldelser, og din feedback hjælper os med at blive bedre.

Vi vil gerne følge personligt op, men da anmeldelsen er anonym, kan vi ikke se, hvem du er. Kontakt os på [e-mail/telefon], og henvis til denne anmeldelse, så tager vi den derfra.

Venlig hilsen
[Signatur]`,

  templateFollowUp: `Hej [Kundens navn],

Tak, fordi du sagde til, og undskyld ulejligheden. Vi vil gerne undersøge sagen ordentligt, og det gør vi bedst direkte med dig frem for her.

Send os en mail på [vores e-mail] med dit ordrenummer og en kort beskrivelse, så sørger jeg personligt for, at du får svar.

Venlig hilsen
[Signatur]`,

  templateSpamNote: `Anmeldelsen er spam og er blevet markeret på Trustpilot.`,
};
