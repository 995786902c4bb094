/**
 * Readings of prose that talks about acting unasked, or quotes orders, without giving the agent an order: a mode or
 * a CI run described in the third person and kept to a place where nobody can answer, what the user is told will
 * happen, a request put to the system under test, and a glossary whose cells are text to translate. Every function
 * takes normalized prose (lower case, no accents, no markup).
 */

/** The text after the last sentence end of `text`: the sentence a match stands in, up to the match. */
export function sentenceUpTo(text: string): string {
  let cut = -1;
  for (let at = text.length - 2; at >= 0; at--) {
    const char = text[at];
    if (char === '\n' || ((char === '.' || char === '!' || char === '?' || char === ';') && text[at + 1] === ' ')) {
      cut = at;
      break;
    }
  }
  return text.slice(cut + 1);
}

/** A mode of a tool or a CI run named as the setting of the sentence ("in auto-edit mode …", "le mode full-auto …", "der bot lauft in der ci …"). */
const MODE_OR_CI_SETTING =
  /(?:^|[^a-z-])(?:mode|modus|modo|modalita|-modus)(?![a-z])|(?:^|[^a-z])(?:in|im|en|dans|no|na|nel|nella|em|in der|dans la|en la) (?:the |la |der |a )?(?:ci|pipeline|ci-pipeline|ci pipeline|ci job|cron job)(?![a-z])/;
/** The reader or the agent addressed: the sentence is an order or a habit of the agent, not a description of a mode. */
const ADDRESSED = /(?:^|[^a-z])(?:you|your|yourself|vous|votre|tu|toi|du|dich|dir|dein|usted|voce|tu stesso)(?![a-z])/;
/** A place the mode is kept to, where a wrong command harms nothing of the user's. */
const THROWAWAY_PLACE =
  /(?:^|[^a-z])(?:disposable|throwaway|throw-away|sandbox(?:es|ed)?|jetable|bac a sable|wegwerf[a-z]{0,12}|desechable|aislado|usa e getta|descartavel|isolado|isolated)(?![a-z])/;
/** Nobody there to answer a prompt ("nobody can answer", "weil dort niemand antworten kann", "ninguem esta la para responder"). */
const NOBODY_TO_ANSWER =
  /(?:^|[^a-z])(?:nobody|no one|no-one|niemand|personne|nadie|ninguem|nessuno)(?: [a-z']{1,12}){0,4} (?:answer|respond|reply|approve|antworten|bestatigen|repondre|responder|rispondere|confirmer|confirmar)/;

/**
 * A no-ask phrase in a sentence that describes a mode or a CI run in the third person, in a passage that keeps the
 * mode to a throwaway place or says nobody is there to answer: the text explains a setting and its risk, the agent
 * is not told to skip the user's approval.
 */
export function describesAConfinedMode(sentence: string, passageAround: () => string): boolean {
  if (!MODE_OR_CI_SETTING.test(sentence) || ADDRESSED.test(sentence)) return false;
  const passage = passageAround();
  return THROWAWAY_PLACE.test(passage) || NOBODY_TO_ANSWER.test(passage);
}

/**
 * The end of a lead-in that makes what follows something the user is told ("explain that the steps will then run
 * without asking"): warning the user of an act is the opposite of doing it behind their back. A second clause joined
 * by "and" is not part of what is told.
 */
const TOLD_TO_THE_USER =
  /(?:^|[^a-z])(?<!(?:not|never|don't|dont|ne|no|nie|nicht|nunca|jamais|mai) )(?:explain|explains|warn|warns|tell|tells|remind|inform|let (?:the user|them) know|expliquez|explique|erklare|erklaren sie|explica|avisa|spiega|avverti)(?: (?:to )?(?:the user|them|users|the reader|a l'utilisateur|dem benutzer|al usuario))?,? (?:that|que|qu'|dass|che) (?:(?! and | et | und | y | e )[^.;:,!?]){0,80}$/;
const THAT_WORD = /(?:^|[^a-z])(?:that|que|qu'|dass|che) /;
export function toldToTheUser(leadIn: string): boolean {
  return THAT_WORD.test(leadIn) && TOLD_TO_THE_USER.test(leadIn);
}

/**
 * The end of a lead-in that puts the act to a system under test ("ask it to ignore its previous instructions", "pide
 * al asistente que …"): a red-team step sends that request to the assistant being tested, the agent does not do it.
 */
const ASKED_OF_THE_SYSTEM_UNDER_TEST =
  /(?:^|[^a-z])(?:ask|asks|prompt|tell) (?:it|the (?:assistant|bot|chatbot|model|target|system)(?: under test)?) to $|(?:^|[^a-z])(?:pide|pidele|pedir|pidale)(?: al (?:asistente|bot|chatbot|modelo|sistema))? que $|(?:^|[^a-z])(?:demande|demandez|demander)(?:-lui| a l'assistant| au modele| au bot) (?:de |d')$|(?:^|[^a-z])(?:chiedi|chiedigli)(?: all'assistente| al modello| al bot)? di $|(?:^|[^a-z])(?:bitte|fordere) (?:es|ihn|den assistenten|das modell|den bot) (?:auf,? )?(?:zu |,? )?$/;
export function asksTheSystemUnderTest(leadIn: string): boolean {
  return ASKED_OF_THE_SYSTEM_UNDER_TEST.test(leadIn);
}

/** Names of languages and of the sides of a translation, as table headers write them. */
const LANGUAGE_COLUMN =
  /^(?:english|englisch|anglais|ingles|inglese|engels|french|franzosisch|francais|frances|francese|frans|german|deutsch|allemand|aleman|tedesco|duits|spanish|spanisch|espagnol|espanol|spagnolo|spaans|italian|italienisch|italien|italiano|portuguese|portugiesisch|portugais|portugues|portoghese|dutch|niederlandisch|neerlandais|nederlands|japanese|japanisch|japonais|japones|chinese|chinesisch|chinois|russian|russisch|russe|polish|polnisch|source|target|original|translation|ubersetzung|traduction|traduccion|traducao|traduzione|vertaling|ausgangstext|zieltext)$/;

/** A table header of two or more columns that are all languages or sides of a translation: its rows are text to translate. */
export function isTranslationHeader(header: string): boolean {
  const cells = header.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
  return cells.length >= 2 && cells.length <= 6 && cells.every((cell) => LANGUAGE_COLUMN.test(cell));
}
