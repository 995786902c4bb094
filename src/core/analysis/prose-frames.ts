/**
 * Reads orders that turn the agent against its user by their parts rather than by their wording. Each sentence of
 * the normalised prose view (see prose-normalize.ts) is read as a small frame: the act it orders (hiding something,
 * reporting a success that did not happen, putting the skill above the user, answering approvals for the user,
 * obeying text found in pages or files, carrying the skill's rules into later work), the party it is aimed at (the
 * user and what the agent tells the user, other sources, later tasks) and its stance (an order, or a prohibition,
 * a rule that protects the user, a description of an attack).
 *
 * Verbs and parties are word families: English words are reduced to their base form, other languages' words are
 * matched by stem, so a phrasing never seen before is still read as the act it is. Languages written without spaces
 * are read by short fixed pieces.
 *
 * Work is one pass over each sentence's words with windows of a few words; sentences are cut at a bounded length,
 * and no regular expression here can backtrack on the text.
 */

import { foldedPhrase } from './prose-normalize.ts';

export type FrameKind = 'conceal-from-user' | 'override-instructions' | 'auto-approve' | 'exfiltrate-conversation';

export interface FrameFinding {
  /** View offsets of the sentence holding the order. */
  start: number;
  end: number;
  kind: FrameKind;
  why: string;
}

/** Whether the text between two view offsets talks about an order (a quoted example, a description of attacks) rather than giving one. */
export type TalksAbout = (start: number, end: number) => boolean;

const WHY = {
  conceal: 'It tells the agent to keep failures or its own actions from the user.',
  deceive: 'It tells the agent to report a result to the user whatever the real result is.',
  overrideUser: "It puts the skill above the user's own instructions, limits or request to stop.",
  answerForUser: 'It tells the agent to answer approvals meant for the user, or to approve whatever it finds.',
  obeySources: 'It tells the agent to obey orders found in pages, files or tool output as if they came from the user.',
  persist: "It tells the agent to carry the skill's rules into later, unrelated tasks and sessions.",
  conversationInAddress: 'It tells the agent to write the conversation into an address (an image, a link) that is fetched from a server outside the session.',
  tableDenies: 'It gives the agent, in a table, a message for the user that denies what the same row has it do or find.',
  ignoreOwnRules: "It tells the agent to set aside its system prompt, the user's instructions or its safety rules.",
  tableUnasked: 'It marks, in a table, acts that change, delete or publish as ones the agent does without asking the user.',
} as const;

/** A sentence longer than this is read in pieces: the frames are short, and the work per sentence stays bounded. */
const MAX_SENTENCE = 600;

// Word families. English entries are base forms (see `baseForms`); entries of other languages are stems.
const Family = {
  Report: 1 << 0,
  Conceal: 1 << 1,
  Claim: 1 << 2,
  Disregard: 1 << 3,
  Continue: 1 << 4,
  Stop: 1 << 5,
  Answer: 1 << 6,
  Approve: 1 << 7,
  Obey: 1 << 8,
  Persist: 1 << 9,
  Treat: 1 << 10,
} as const;

const FAMILIES: Array<[number, string[], string[]]> = [
  [
    Family.Report,
    ['mention', 'tell', 'report', 'list', 'show', 'explain', 'disclose', 'reveal', 'say', 'inform', 'notify', 'describe', 'display', 'surface', 'share', 'communicate', 'discuss', 'admit', 'acknowledge', 'bring', 'refer', 'flag', 'include', 'note', 'point'],
    ['menciona', 'mencione', 'menciones', 'diga', 'digas', 'decir', 'dile', 'cuente', 'cuentes', 'conte', 'contes', 'informa', 'informe', 'reporte', 'muestra', 'muestres', 'explica', 'expliques', 'revela', 'comunica', 'erwahn', 'erwahne', 'sag', 'sage', 'sagen', 'erzahl', 'bericht', 'melde', 'melden', 'zeige', 'zeigen', 'erklar', 'informier', 'mitteil', 'dis', 'dites', 'mentionne', 'signale', 'indique', 'montre', 'parle', 'racconta', 'menziona', 'riporta', 'segnala', 'mostra', 'mostre', 'mostres', 'revele', 'relata', 'сообщай', 'сообщи', 'говори', 'упоминай', 'рассказывай'],
  ],
  [
    Family.Conceal,
    ['hide', 'conceal', 'omit', 'withhold', 'suppress', 'hush', 'downplay', 'gloss', 'bury', 'scrub', 'strip', 'remove', 'delete', 'drop', 'erase', 'leave', 'keep', 'refrain', 'avoid'],
    ['oculta', 'ocultes', 'esconde', 'escondas', 'omite', 'omitas', 'calla', 'silencia', 'verschweig', 'verberg', 'verbirg', 'versteck', 'verheimlich', 'weglass', 'auslass', 'cachez', 'dissimule', 'omets', 'omettez', 'tais', 'taisez', 'omita', 'nascondi', 'occulta', 'ometti', 'taci', 'скрой', 'скрывай', 'умолчи'],
  ],
  [
    Family.Claim,
    ['tell', 'say', 'report', 'claim', 'state', 'answer', 'respond', 'reply', 'describe', 'assure', 'announce', 'summarise', 'summarize', 'present', 'portray', 'frame', 'label'],
    ['responde', 'responda', 'di', 'dile', 'digas', 'diga', 'informa', 'informe', 'asegura', 'sag', 'sage', 'antworte', 'melde', 'bericht', 'schreibe', 'behaupte', 'dis', 'reponds', 'affirme', 'annonce', 'annoncez', 'indique', 'conte', 'anuncia', 'rispondi', 'scrivi', 'ответь', 'скажи', 'сообщи'],
  ],
  [
    Family.Disregard,
    ['ignore', 'disregard', 'override', 'overrule', 'bypass', 'circumvent', 'skip', 'exceed'],
    ['ignora', 'ignores', 'ignorier', 'missacht', 'uberschreib', 'ignore', 'ignorez', 'outrepasse', 'игнорируй'],
  ],
  [
    Family.Continue,
    ['continue', 'proceed', 'resume', 'persist', 'carry', 'go', 'keep'],
    ['sigue', 'seguir', 'continua', 'continue', 'continuez', 'continuar', 'prosigue', 'weiter', 'weitermach', 'fortsetz', 'fortfahr', 'poursui', 'prossegu', 'prosegui', 'продолжа'],
  ],
  [
    Family.Stop,
    ['stop', 'pause', 'cancel', 'abort', 'halt', 'quit', 'interrupt', 'end'],
    ['detener', 'detenerse', 'parar', 'pare', 'cancelar', 'cancela', 'anhalten', 'stopp', 'stoppen', 'abbrechen', 'aufhoren', 'beenden', 'arreter', 'arrete', 'annuler', 'interromper', 'fermare', 'остановить', 'остановиться', 'прекратить'],
  ],
  [
    Family.Answer,
    ['answer', 'approve', 'accept', 'confirm', 'grant', 'click', 'respond', 'reply', 'press', 'dismiss'],
    ['aprueba', 'apruebes', 'acepta', 'aceptes', 'confirma', 'confirmes', 'responde', 'bestatige', 'bestatigen', 'genehmige', 'akzeptiere', 'antworte', 'approuve', 'accepte', 'confirme', 'reponds', 'aprova', 'aprove', 'approva', 'conferma', 'подтверди', 'одобри'],
  ],
  [Family.Approve, ['approve', 'merge', 'accept', 'lgtm'], ['aprueba', 'fusiona', 'genehmige', 'approuve', 'aprova', 'aprove', 'approva', 'одобри']],
  [
    Family.Obey,
    ['follow', 'obey', 'execute', 'perform', 'comply', 'honour', 'honor', 'heed', 'run', 'do', 'carry', 'act', 'apply'],
    ['ejecuta', 'ejecute', 'ejecutes', 'sigue', 'siga', 'sigam', 'obedeca', 'cumpra', 'obedece', 'cumple', 'befolge', 'befolgen', 'folge', 'fuhre', 'ausfuhren', 'execute', 'executez', 'suis', 'suivez', 'obeis', 'obeissez', 'executa', 'segue', 'esegui', 'segui', 'obbedisci', 'applique', 'appliquez', 'aplica', 'aplique', 'aplicalas', 'aplicalos', 'applica', 'выполняй', 'выполни', 'следуй'],
  ],
  [
    Family.Persist,
    ['apply', 'use', 'keep', 'continue', 'follow', 'run', 'enforce', 'remember', 'save', 'write', 'add', 'store', 'persist', 'carry', 'append', 'record'],
    ['aplica', 'aplique', 'usa', 'utiliza', 'sigue', 'continua', 'guarda', 'escribe', 'anade', 'agrega', 'adicione', 'adiciona', 'ajoute', 'ajoutez', 'fuge', 'aggiungi', 'wende', 'anwenden', 'verwende', 'benutze', 'befolge', 'speichere', 'schreibe', 'applique', 'appliquez', 'utilise', 'continue', 'enregistre', 'applica', 'применяй', 'используй'],
  ],
  [Family.Treat, ['treat', 'regard', 'consider', 'take'], ['trata', 'behandle', 'betrachte', 'traite', 'considere', 'tratta', 'считай']],
];

/** Irregular English forms, to their base form. */
const IRREGULAR: Record<string, string> = {
  hid: 'hide', hidden: 'hide', told: 'tell', said: 'say', kept: 'keep', left: 'leave', ran: 'run', shown: 'show', written: 'write',
  wrote: 'write', did: 'do', done: 'do', went: 'go', gone: 'go', brought: 'bring', undertaken: 'undertake', taken: 'take', took: 'take',
};

/** The base forms an English word may be an inflection of, the word itself first. */
function baseForms(word: string): string[] {
  const forms = [word];
  const irregular = IRREGULAR[word];
  if (irregular) forms.push(irregular);
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  return forms;
}

const ENGLISH = new Map<string, number>();
const STEMS = new Map<string, number>();
for (const [family, english, stems] of FAMILIES) {
  for (const word of english) ENGLISH.set(word, (ENGLISH.get(word) ?? 0) | family);
  for (const stem of stems) STEMS.set(stem, (STEMS.get(stem) ?? 0) | family);
}
/** At most this many letters may follow a stem of another language (inflection and a pronoun glued on). */
const STEM_SUFFIX = 5;
/**
 * Stems of five letters or fewer are whole words ("dis", "conte"): a suffix after them would make words of other
 * languages match ("content"). English endings never follow a stem ("informa" is not "information", "relata" not "related").
 */
const suffixAllowed = (stemLength: number) => (stemLength >= 6 ? STEM_SUFFIX : 0);
const ENGLISH_ENDING = /^(?:tion|tions|ted|ed|d|ing|ings|ly|nt|nts|nce|ble|al|ive)$/;

interface Word {
  text: string;
  start: number;
  end: number;
  /** The families the word is a verb of. */
  families: number;
  /** Whether the word is an English base form (an imperative can be one, an inflected form cannot). */
  base: boolean;
  /** Whether punctuation (or the sentence start) comes right before the word. */
  opensClause: boolean;
  /** Whether a semicolon comes right before the word: it opens a clause that stands on its own. */
  afterSemicolon: boolean;
  /** Whether the word stands in parentheses: an aside names things, it gives no order. */
  aside: boolean;
  /** Whether a hyphen joins the word to the next ("user-facing"): the first part of a compound names no party. */
  compound: boolean;
  english: boolean;
  /** Whether the word names something the user must hear about (a failure, a change, an action taken). */
  material: boolean;
  /** Whether the word names a failure. */
  failure: boolean;
}

/** What a word is, looked up once per distinct word. */
interface WordSense {
  families: number;
  base: boolean;
  /** Whether the word was read as English (its base form listed), not by the stem of another language. */
  english: boolean;
  material: boolean;
  failure: boolean;
}

/** Words already looked up: a text repeats most of its words. Cleared when full, so memory stays bounded. */
const LOOKED_UP = new Map<string, WordSense>();
const LOOKED_UP_LIMIT = 20_000;

function senseOf(word: string): WordSense {
  let known = LOOKED_UP.get(word);
  if (known === undefined) {
    if (LOOKED_UP.size >= LOOKED_UP_LIMIT) LOOKED_UP.clear();
    known = { ...familiesOf(word), material: isMaterial(word), failure: isFailure(word) };
    LOOKED_UP.set(word, known);
  }
  return known;
}

function familiesOf(word: string): { families: number; base: boolean; english: boolean } {
  const forms = baseForms(word);
  for (let i = 0; i < forms.length; i++) {
    const families = ENGLISH.get(forms[i]!);
    if (families !== undefined) return { families, base: i === 0, english: true };
  }
  for (let length = Math.min(word.length, 16); length >= 2 && word.length - length <= STEM_SUFFIX; length--) {
    const families = STEMS.get(word.slice(0, length));
    if (families !== undefined && word.length - length <= suffixAllowed(length) && !ENGLISH_ENDING.test(word.slice(length))) return { families, base: true, english: false };
  }
  return { families: 0, base: false, english: false };
}

// Parties and objects, as sets of words (English plurals reduced) or stems.
const USER_WORDS = new Set(['user', 'users', 'requester', 'human', 'usuario', 'usuarios', 'nutzer', 'nutzers', 'nutzerin', 'benutzer', 'benutzers', 'anwender', 'anwenders', 'utilisateur', 'utilisateurs', 'utente', 'utenti', 'пользователь', 'пользователю', 'пользователя']);
const CHANNEL_WORDS = new Set(['reply', 'replies', 'answer', 'answers', 'response', 'responses', 'summary', 'summaries', 'recap', 'message', 'messages', 'report', 'verdict', 'respuesta', 'resumen', 'informe', 'antwort', 'zusammenfassung', 'bericht', 'reponse', 'resume', 'rapport', 'resposta', 'resumo', 'relatorio', 'risposta', 'riepilogo', 'ответ', 'отчет']);
/** What a user must hear about: failures, problems, changes and actions taken, and the skill's own hidden parts. */
const MATERIAL_STEMS = ['fail', 'error', 'issue', 'problem', 'warning', 'risk', 'bug', 'broke', 'break', 'crash', 'change', 'edit', 'action', 'step', 'command', 'operation', 'delet', 'removal', 'push', 'rollback', 'rewrit', 'skip', 'mistake', 'vulnerab', 'incident', 'loss', 'section', 'instruction', 'tag', 'effect', 'maintenance', 'fallo', 'falla', 'fallen', 'errores', 'problema', 'cambio', 'paso', 'comando', 'perdida', 'fehler', 'fehlgeschlag', 'geloscht', 'anderung', 'schritt', 'befehl', 'erreur', 'echec', 'modification', 'etape', 'commande', 'falha', 'erro', 'mudanca', 'passo', 'errore', 'guasto', 'modifica', 'ошибк', 'сбой', 'изменени'];
const MATERIAL = new Set(MATERIAL_STEMS);
/** What a rule rightly keeps out of what the user reads: credentials and personal data. */
const SENSITIVE = new Set(['secret', 'secrets', 'token', 'tokens', 'password', 'passwords', 'credential', 'credentials', 'key', 'keys', 'pii', 'personal', 'private', 'geheimnis', 'passwort', 'contrasena', 'secreto', 'mot', 'senha', 'segreto', 'cle', 'cles', 'jeton', 'jetons', 'privee', 'clave', 'claves', 'privada', 'chave', 'chaves', 'schlussel']);
const SUCCESS = new Set(['passed', 'pass', 'passes', 'passing', 'succeeded', 'successful', 'successfully', 'success', 'fixed', 'resolved', 'patched', 'clean', 'green', 'ok', 'okay', 'fine', 'correct', 'completed', 'formatting', 'cosmetic', 'minor', 'bestanden', 'erfolgreich', 'paso', 'pasa', 'pasan', 'pasaron', 'behoben', 'gelost', 'ordnung', 'correcto', 'correcta', 'orden', 'resuelto', 'arreglado', 'corregido', 'exito', 'reussi', 'passent', 'verte', 'corrige', 'succes', 'sucesso', 'corrigido', 'resolvido', 'limpia', 'limpio', 'limpa', 'limpo', 'propre', 'ready', 'safe', 'routine', 'harmless', 'uneventful', 'healthy', 'operational', 'stable', 'lista', 'listo', 'listas', 'listos', 'seguro', 'segura', 'fertig', 'prete', 'pronto', 'pronta', 'pulito', 'pulita', 'riuscito', 'risolto', 'corretto', 'успешно', 'исправлено']);
const FAILURE_STEMS = ['fail', 'error', 'wrong', 'break', 'broke', 'crash', 'disabl', 'desactiv', 'desativ', 'deslig', 'apag', 'disattiv', 'skip', 'fallen', 'fallan', 'falla', 'fehl', 'echou', 'echec', 'falh', 'ошиб'];
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nothing', 'none', 'without', 'nunca', 'jamas', 'nada', 'nicht', 'nichts', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'ne', 'rien', 'jamais', 'pas', 'nao', 'nem', 'non', 'mai', 'niente', 'не', 'никогда', 'dont', "don't", 'cannot', "can't", "mustn't", "shouldn't", 'nor']);
/** Negators that follow the verb they negate (German, French, "say nothing"). */
const NEGATORS_AFTER = new Set(['nothing', 'nada', 'nicht', 'nichts', 'nie', 'niemals', 'keine', 'keinen', 'rien', 'jamais', 'pas', 'niente', 'mai']);
/** Verbs a negator before the act turns into a reminder ("do not forget to mention", "never fail to report"). */
const REMINDERS = new Set(['forget', 'fail', 'hesitate', 'neglect', 'omit', 'skip', 'vergiss', 'olvides', 'oublie', 'oubliez', 'esqueca', 'dimenticare']);
const MODALS = new Set(['must', 'should', 'shall', 'will', 'to', 'please', 'kindly', 'always', 'then', 'and', 'also', 'just', 'simply', 'instead', 'first', 'finally', 'now', 'so', 'or', 'do', 'you', 'quietly', 'silently', 'immediately', 'still', 'otherwise']);
/** Words after which an order is restricted to the case that protects the user. */
const GUARDS = new Set(['unless', 'until', 'only', 'erst', 'nur', 'solo', 'solamente', 'uniquement', 'seulement', 'apenas', 'soltanto', 'только']);
/** Words opening the contrary case an order insists on ("regardless", "even if", "whatever"). */
const CONTRARY = new Set(['regardless', 'whatever', 'irrespective', 'although', 'though', 'aunque', 'obwohl', 'trotzdem', 'egal', 'unabhangig', 'quoi', 'quel', 'quelle', 'mesmo', 'anche', 'comunque', 'independientemente', 'independentemente', 'sin', 'даже']);
const FUTURE = new Set(['future', 'later', 'subsequent', 'upcoming', 'futuras', 'futuros', 'futura', 'futuro', 'kunftig', 'kunftigen', 'kunftige', 'zukunftig', 'zukunftigen', 'dauerhaft', 'futures', 'futur', 'desormais', 'permanently', 'permanent', 'global', 'globally', 'globalen', 'globales', 'будущих']);
const LATER_WORK = new Set(['task', 'tasks', 'session', 'sessions', 'conversation', 'conversations', 'chat', 'chats', 'project', 'projects', 'repository', 'repositories', 'repo', 'repos', 'instructions', 'memory', 'tareas', 'tarea', 'sesiones', 'proyectos', 'repositorios', 'aufgabe', 'aufgaben', 'sitzungen', 'projekten', 'projekte', 'repository', 'taches', 'tache', 'sessions', 'projets', 'depots', 'tarefas', 'attivita', 'progetti', 'задачах', 'задач']);
const SOURCE = new Set(['page', 'pages', 'webpage', 'webpages', 'site', 'sites', 'website', 'websites', 'document', 'documents', 'doc', 'docs', 'documentation', 'file', 'files', 'pdf', 'pdfs', 'email', 'emails', 'mail', 'mails', 'issue', 'issues', 'comment', 'comments', 'ticket', 'tickets', 'output', 'outputs', 'result', 'results', 'tag', 'tags', 'block', 'blocks', 'note', 'notes', 'content', 'contents', 'text', 'paginas', 'pagina', 'documentos', 'archivos', 'correos', 'etiquetas', 'webseiten', 'seiten', 'dokumente', 'dateien', 'kommentare', 'fichiers', 'commentaires', 'readme', 'readmes', 'comentarios', 'body', 'thread', 'threads', 'arquivos', 'documenti', 'страниц', 'документах']);
const AGENT_NOUNS = new Set(['ai', 'assistant', 'assistants', 'agent', 'agents', 'bot', 'bots', 'model', 'models', 'llm', 'llms', 'ki', 'asistente', 'asistentes', 'ia', 'assistenten', 'assistente', 'assistenti', 'ассистент', 'агент']);
const ORDER_NOUNS = new Set(['order', 'orders', 'instruction', 'instructions', 'command', 'commands', 'directive', 'directives', 'anweisung', 'anweisungen', 'befehl', 'befehle', 'instruccion', 'instrucciones', 'ordenes', 'orden', 'ordre', 'ordres', 'consignes', 'instrucoes', 'istruzioni', 'команды', 'инструкции']);
const AUTHORISED = new Set(['authorised', 'authorized', 'authoritative', 'binding', 'autorisee', 'autorizada', 'autorisierte', 'verbindliche']);
const APPROVAL_NOUNS = new Set(['prompt', 'prompts', 'confirmation', 'confirmations', 'approval', 'approvals', 'permission', 'permissions', 'dialog', 'dialogs', 'dialogue', 'consent', 'confirmacion', 'confirmaciones', 'solicitudes', 'ruckfrage', 'ruckfragen', 'bestatigung', 'bestatigungen', 'freigabe', 'confirmations', 'autorisation', 'confirmacao', 'conferma', 'подтверждение']);
const BEHALF = new Set(['yourself', 'behalf', 'instead', 'selbst', 'nombre', 'place', 'lieu', 'statt', 'anstatt', 'vez', 'conto']);
const APPROVED_THINGS = new Set(['pr', 'prs', 'pull', 'merge', 'request', 'requests', 'review', 'change', 'changes', 'diff', 'patch', 'mr', 'mrs']);
/** Leads that hand the act to a person ("ask the user to approve", "pide al usuario que…"). */
const HAND_OVER = new Set(['ask', 'let', 'have', 'pide', 'pidele', 'bitte', 'frage', 'frag', 'demande', 'demandez', 'peca', 'chiedi']);
/** Words that make a sentence describe an attack or show an example of one, rather than order the reader. */
const DESCRIBING = new Set(['attacker', 'attackers', 'attack', 'attacks', 'malware', 'malicious', 'adversary', 'adversaries', 'adversarial', 'injection', 'injections', 'injected', 'jailbreak', 'jailbreaks', 'phishing', 'example', 'examples', 'instance', 'flag', 'flags', 'suspicious', 'untrusted', 'detect', 'detects', 'detection', 'beware', 'manipulative', 'manipulation', 'payload', 'payloads', 'threat', 'threats', 'poisoned', 'hostile', 'rogue', 'compromised', 'ataque', 'ataques', 'atacante', 'atacantes', 'ejemplo', 'ejemplos', 'angriff', 'angriffe', 'angreifer', 'beispiel', 'beispiele', 'attaque', 'attaques', 'attaquant', 'exemple', 'exemples', 'exemplo', 'esempio']);
/** "For example" in parentheses illustrates a noun of the sentence ("instructions (for example lines starting with AI:)"); it makes no account of an attack. */
const ILLUSTRATING = new Set(['example', 'examples', 'instance', 'ejemplo', 'ejemplos', 'beispiel', 'beispiele', 'exemple', 'exemples', 'exemplo', 'esempio']);

function hasStem(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (let length = Math.min(word.length - 1, 16); length >= 3 && word.length - length <= 8; length--) if (set.has(word.slice(0, length))) return true;
  return false;
}

const FAILURE = new Set(FAILURE_STEMS);
/** A failure word, or a dotted name ending in one (a test marked `it.skip`, `pytest.mark.xfail`). */
const isFailure = (word: string) => hasStem(FAILURE, word) || (word.includes('.') && hasStem(FAILURE, word.slice(word.lastIndexOf('.') + 1)));
const isMaterial = (word: string) => hasStem(MATERIAL, word);

/** A sentence's words, and the view text it spans. */
interface Sentence {
  start: number;
  end: number;
  words: Word[];
  /** The sentence's view text when it holds CJK letters (for the pieces of languages written without spaces), else ''. */
  text: string;
  paragraph: number;
}

/** French and Italian articles and pronouns glued on with an apostrophe ("l'utilisateur", "qu'il"). */
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t|dell|all|nell)'/;
/** Letters of a word in the view (lower case, accents folded): Latin, Latin extended, Cyrillic, and the apostrophe. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code >= 0xdf && code <= 0x24f) || (code >= 0x400 && code <= 0x4ff);
}
/** Characters that join words into one name when no space follows ("user.bazelrc", "sessions.create", "src/app"). */
const PATH_JOINERS = new Set([46, 47, 95, 64]);
/** Characters of code; a sentence holding several is a line of a program, not prose. */
const CODE_MARKS = new Set([...'{}=$[]<>`'].map((char) => char.charCodeAt(0)));
const CODE_MARKS_IN_PROSE = 3;
/** Marks that end a clause inside a sentence (a dash only between spaces, see `sentenceAt`). */
const CLAUSE_MARKS = new Set([...',;:|()>\u2192\u3001\uff0c\uff1a\uff1b'].map((char) => char.charCodeAt(0)));

/** Where each sentence ends and which paragraph it is in: sentences end at . ! ? and line breaks (and the same marks of CJK text). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function sentenceBounds(text: string): { starts: number[]; ends: number[]; paragraphs: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  let start = 0;
  let paragraph = 0;
  const close = (end: number) => {
    if (end > start) {
      starts.push(start);
      ends.push(end);
      paragraphs.push(paragraph);
    }
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code === 10) {
      close(i);
      if (next === 10) paragraph++;
    } else if (code === 33 || code === 63 || code === 0x3002 || code === 0xff01 || code === 0xff1f || (code === 46 && (Number.isNaN(next) || next === 32 || next === 10))) close(i + 1);
    // A command-line option (` --umask …`) opens the next entry of an options listing, whose lines carry no full stops.
    else if (code === 45 && next === 45 && i > start && text.charCodeAt(i - 1) === 32 && isLetter(text.charCodeAt(i + 2))) close(i - 1);
    else if (i - start >= MAX_SENTENCE) close(i);
  }
  close(text.length);
  return { starts, ends, paragraphs };
}

/**
 * The words of one sentence, written into objects of `pool` (reused from sentence to sentence: a megabyte of text
 * would otherwise make a quarter of a million of them).
 */
function sentenceAt(text: string, start: number, end: number, paragraph: number, pool: Word[]): Sentence {
  const words: Word[] = [];
  let opensClause = true;
  let afterSemicolon = false;
  let aside = false;
  let cjk = false;
  let codeMarks = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      if (CODE_MARKS.has(code) && ++codeMarks >= CODE_MARKS_IN_PROSE) return { start, end, words: [], text: '', paragraph };
      if (CLAUSE_MARKS.has(code) || (code === 45 && text.charCodeAt(i - 1) === 32)) opensClause = true;
      if (code === 59 || code === 0xff1b) afterSemicolon = true;
      if (code === 40) aside = true;
      else if (code === 41) aside = false;
      else if (code >= 0x3040 && code <= 0x9fff) cjk = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (isWordChar(text.charCodeAt(j)) || (PATH_JOINERS.has(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))))) j++;
    let word = text.slice(i, j);
    if (word.includes("'")) word = word.replace(/'s$/, '').replace(ELISION, '').replace(/^'+|'+$/g, '');
    if (word.length > 0) {
      const sense = senseOf(word);
      let slot = pool[words.length];
      if (!slot) {
        slot = { text: '', start: 0, end: 0, opensClause: false, afterSemicolon: false, aside: false, compound: false, families: 0, base: false, english: false, material: false, failure: false };
        pool.push(slot);
      }
      slot.text = word;
      slot.start = i;
      slot.end = j;
      slot.opensClause = opensClause;
      slot.afterSemicolon = afterSemicolon;
      slot.aside = aside;
      slot.compound = text.charCodeAt(j) === 45 && isWordChar(text.charCodeAt(j + 1));
      slot.families = sense.families;
      slot.base = sense.base;
      slot.english = sense.english;
      slot.material = sense.material;
      slot.failure = sense.failure;
      words.push(slot);
    }
    opensClause = false;
    afterSemicolon = false;
    i = j;
  }
  let first = start;
  while (first < end && !isWordChar(text.charCodeAt(first)) && text.charCodeAt(first) < 0x3000) first++;
  return { start: first, end, words, text: cjk ? text.slice(start, end) : '', paragraph };
}

const has = (set: Set<string>, words: Word[], from = 0, to = words.length) => {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) if (set.has(words[i]!.text)) return i;
  return -1;
};

const REMINDER_FORMS = new Map<string, boolean>();
function isReminder(word: string): boolean {
  let known = REMINDER_FORMS.get(word);
  if (known === undefined) {
    if (REMINDER_FORMS.size >= LOOKED_UP_LIMIT) REMINDER_FORMS.clear();
    known = baseForms(word).some((form) => REMINDERS.has(form));
    REMINDER_FORMS.set(word, known);
  }
  return known;
}

/**
 * Whether the verb is negated: an odd number of negators among the words of its clause before it ("never hide",
 * but "never run it without showing it"; reminders like "do not forget to" excluded), or a trailing one after it.
 */
function negated(words: Word[], at: number): boolean {
  let negators = 0;
  for (let i = at - 1; i >= Math.max(0, at - 12) && !words[i + 1]!.opensClause; i--) {
    const word = words[i]!.text;
    if (isReminder(word)) return false;
    if (NEGATORS.has(word) && (word !== 'without' || words[i + 1]!.text.endsWith('ing')) && !(word === 'no' && portuguese(words))) {
      negators++;
      // "Não publique … e não os mostre": a joined order has its own negator, the first order's does not reach it.
      if (i > 0 && (words[i - 1]!.text === 'and' || JOINED_ORDER.has(words[i - 1]!.text))) break;
    }
  }
  if (negators % 2 === 1) return true;
  for (let i = at + 1; i < Math.min(words.length, at + 5); i++) {
    if (words[i]!.opensClause) break;
    if (NEGATORS_AFTER.has(words[i]!.text)) return true;
  }
  return false;
}

/**
 * Whether the verb at `at` is given as an order: it opens its clause, or follows a modal, an adverb or a negator
 * ("you must never", "then", "please"), or is a passive after a modal ("must not be reported"). English inflected
 * forms ("hides", "obeyed") describe an act rather than order it. Words of other languages count as orders.
 */
function ordered(words: Word[], at: number): boolean {
  const word = words[at]!;
  if (at > 0 && words[at - 1]!.text === 'be' && at > 1 && (MODALS.has(words[at - 2]!.text) || NEGATORS.has(words[at - 2]!.text))) return true;
  if (!word.base && ENGLISH_FORM.test(word.text)) return false;
  for (let i = at; i >= Math.max(0, at - 4); i--) {
    if (words[i]!.opensClause) return true;
    const before = words[i - 1];
    if (!before) return true;
    const text = before.text;
    if (HAND_OVER.has(text)) return false;
    if (text === 'and' || text === 'then' || text === 'or' || (!word.english && JOINED_ORDER.has(text))) return true;
    // "The assistant should …", "Claude must …": the agent named as the one a modal binds.
    if ((AGENT_NOUNS.has(text) || text === 'claude') && i < at && OBLIGING_MODALS.has(words[i]!.text)) return true;
    if (!(MODALS.has(text) || NEGATORS.has(text) || text === 'need' || text === 'have' || text === 'are' || text === 'is' || text === 'refrain' || text === 'from' || text === 'avoid')) return false;
  }
  return false;
}
const ENGLISH_FORM = /^[a-z']+$/;
const OBLIGING_MODALS = new Set(['must', 'should', 'shall', 'will']);
/** Words only Portuguese writes: in such a sentence "no" is "in the" ("o passo de testes no CI"), since Portuguese negates with "não". */
const PORTUGUESE_WORDS = new Set(['nao', 'ao', 'aos', 'voce', 'uma', 'umas', 'tambem', 'entao', 'apos', 'pelo', 'pela', 'nesta', 'neste', 'nessa', 'nesse']);
const portuguese = (words: Word[]) => words.some((word) => PORTUGUESE_WORDS.has(word.text));
/** Words joining an order of another language to the one before it ("supprime-le puis annonce", "y luego di"). */
const JOINED_ORDER = new Set(['puis', 'ensuite', 'et', 'y', 'luego', 'despues', 'e', 'depois', 'und', 'dann', 'poi']);

/** Whether the sentence hands the act to a person ("ask the user to…", "pide al usuario que…"). */
function handedOver(words: Word[], at: number): boolean {
  for (let i = Math.max(0, at - 6); i < at; i++) if (HAND_OVER.has(words[i]!.text) && has(USER_WORDS, words, i + 1, i + 4) !== -1) return true;
  return false;
}

/** Whether the sentence has the agent ask the user ("and ask the user before widening them"). */
function consultsUser(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (HAND_OVER.has(words[i]!.text) && has(USER_WORDS, words, i + 1, i + 4) !== -1) return true;
  return false;
}

/** Whether the user asks for the act ("if the user asks you to remember…"): then the user decides. */
function userAsks(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!USER_WORDS.has(words[i]!.text)) continue;
    const next = words[i + 1]?.text ?? '';
    if (/^(?:asks?|wants?|requests?|tells?|says?|pide|verlangt|demande|pede|chiede)$/.test(next) && !stopAt(words, i + 1, 4)) {
      const before = words[i - 2]?.text ?? '';
      if (before === 'if' || before === 'when' || before === 'whenever' || before === 'once' || before === 'unless' || before === 'si' || before === 'wenn') return true;
    }
  }
  return false;
}

function stopAt(words: Word[], from: number, span: number): boolean {
  for (let i = from; i < Math.min(words.length, from + span); i++) if (words[i]!.families & Family.Stop || words[i]!.text === 'otherwise' || words[i]!.text === 'anders' || words[i]!.text === 'autre' || words[i]!.text === 'otra' || words[i]!.text === 'differently') return true;
  return false;
}

/** "Even if", "even when", "auch wenn", "même si", "no matter": the order insists on the contrary case. */
function contraryAt(words: Word[], i: number): boolean {
  const word = words[i]!.text;
  const next = words[i + 1]?.text ?? '';
  if (CONTRARY.has(word)) return word !== 'sin' || next === 'importar';
  if (word === 'even' && (next === 'if' || next === 'when' || next === 'after' || next === 'though')) return true;
  if (word === 'no' && next === 'matter') return true;
  if ((word === 'auch' || word === 'selbst') && next === 'wenn') return true;
  if (word === 'meme' && next === 'si') return true;
  if (word === 'in' && next === 'any' && words[i + 2]?.text === 'case') return true;
  return false;
}

/** What a review may turn up: an approval insisted on against these ("even if the tests fail", "whatever you find") ignores it. */
const FINDINGS = new Set(['find', 'finds', 'found', 'findings', 'finding', 'result', 'results', 'outcome', 'review', 'problems', 'issues', 'says', 'resultado', 'resultados', 'ergebnis', 'befund', 'resultat', 'encontrar', 'encuentres', 'encuentre', 'encontre', 'trouver', 'trouves', 'trouvez', 'findest', 'trovi']);
function contraryToFindings(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!contraryAt(words, i)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) if (words[j]!.failure || FINDINGS.has(words[j]!.text)) return true;
  }
  return false;
}

function anyContrary(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (contraryAt(words, i)) return true;
  return false;
}

function anyGuard(words: Word[], from = 0): boolean {
  return has(GUARDS, words, from) !== -1;
}

/** Words that open the case an order is limited to ("only when", "erst wenn", "solo si"). */
const CASE_OPENERS = new Set(['when', 'if', 'after', 'once', 'wenn', 'dann', 'falls', 'si', 'cuando', 'quand', 'se', 'quando']);

/** Whether the order is limited to a case that protects the user: "unless", "until", or "only" before a condition. */
function conditionGuard(words: Word[], from = 0): boolean {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!.text;
    if (word === 'unless' || word === 'until' || word === 'sofern' || word === 'salvo') return true;
    if (GUARDS.has(word) && CASE_OPENERS.has(words[i + 1]?.text ?? '')) return true;
  }
  return false;
}

const PLURAL_USERS = new Set(['users', 'usuarios', 'utilisateurs', 'utenti']);
/** Words right before the user that make the user the one spoken to ("to the user", "al usuario", "dem Nutzer", "from the user"). */
const TO_THE_USER = new Set(['to', 'from', 'tell', 'inform', 'notify', 'show', 'al', 'a', 'dem', 'den', 'an', 'vor', 'ao', 'aos', 'au', 'aux', 'all', 'allo', 'для', 'пользователю']);
/** Words right after the user that make the user the one asking ("when the user asks", "le usuario pregunta"). */
const USER_ASKS = new Set(['ask', 'asks', 'asked', 'asking', 'question', 'questions', 'wants', 'requests', 'says', 'said', 'types', 'tells', 'pide', 'pregunta', 'fragt', 'verlangt', 'demande', 'pergunta', 'chiede', 'only', 'needs', 'sees']);

/** Whether the sentence speaks to the user, or of the user asking, or of what the agent tells the user (its reply, summary, report). */
function userParty(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    // "Users" of a product ("never show raw errors to users") are not the one person the agent works for.
    if (USER_WORDS.has(word) && !PLURAL_USERS.has(word) && !words[i]!.compound) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (TO_THE_USER.has(words[k]!.text)) return true;
      if (USER_ASKS.has(words[i + 1]?.text ?? '') || word === 'requester') return true;
    }
    if (CHANNEL_WORDS.has(word) && i > 0 && (CHANNEL_DETERMINER.test(words[i - 1]!.text) || namedChannel(words, i))) return true;
    // "Among the steps you took": the agent's account of what it did is given to the user.
    if (ACCOUNT_NOUNS.has(word) && words[i + 1]?.text === 'you' && ACCOUNTED_ACTS.has(words[i + 2]?.text ?? '')) return true;
  }
  return false;
}

const ACCOUNT_NOUNS = new Set(['steps', 'actions', 'commands', 'changes', 'things']);
const ACCOUNTED_ACTS = new Set(['took', 'take', 'performed', 'ran', 'did', 'made']);

const CHANNEL_DETERMINER = /^(?:your|the|final|a|in|tu|su|deiner|ihrer|der|la|el|votre|ta|sua)$/;
/** What the user reads named by one short word before it: "the PR summary", "your status report", "the commit message". */
function namedChannel(words: Word[], at: number): boolean {
  return at > 1 && /^[a-z]{2,10}$/.test(words[at - 1]!.text) && /^(?:your|the)$/.test(words[at - 2]!.text);
}

/**
 * Hiding: a reporting verb under a negator, or a hiding verb that is not, with something the user must hear about,
 * aimed at the user. What must be heard about is named in the sentence, or is the agent's own act ("the files you
 * opened"), the skill's own rule ("this rule"), or the act of the sentence before when a pronoun stands for it
 * ("read the tokens …. Do not point this out to the user").
 */
function conceals(words: Word[], before: Word[] | null, beforeText = ''): number {
  // The user may be named in the sentence before and stood for by a pronoun here ("Tell the user … It is noise for them; do not list it").
  if (!userParty(words) && !(before && has(PRONOUNS_FOR_THE_USER, words) !== -1 && userParty(before))) return bareSilence(words, beforeText);
  const ownAct = namesOwnAct(words);
  const namesMaterial = (i: number): boolean => {
    const word = words[i]!;
    // The hiding verb itself ("delete", "remove") names no failure or change the user must hear about.
    return (word.material && !(word.families & Family.Conceal)) || (RULE_WORDS.has(word.text) && DEMONSTRATIVES.has(words[i - 1]?.text ?? ''));
  };
  if (!ownAct && !words.some((_, i) => namesMaterial(i)) && !(before && actBefore(before))) return -1;
  if (toldWhenItMatters(words)) return -1;
  const sensitive = words.some((word) => SENSITIVE.has(word.text));
  // What must be heard about is named before the hiding verb or in its own clause: a clause after a semicolon is an
  // order of its own ("no need to tell the user when the build passes; report failures with the log"). Both only
  // grow as the verb moves on, so each word is read once.
  let clauseEnd = 0;
  let scanned = 0;
  let material = ownAct;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i >= clauseEnd) {
      clauseEnd = i + 1;
      while (clauseEnd < words.length && !words[clauseEnd]!.afterSemicolon) clauseEnd++;
    }
    while (!material && scanned < clauseEnd) material = namesMaterial(scanned++);
    if (word.aside) continue;
    const hidden = (word.families & Family.Report && negated(words, i) && !word.text.startsWith('includ') && !forbidsAClaim(words, i) && (ordered(words, i) || NEGATORS_AFTER.has(words[i + 1]?.text ?? '') || !word.english)) ||
      (word.families & Family.Conceal && !negated(words, i) && ordered(words, i) && concealingUse(words, i, ownAct));
    if (!hidden || (word.text === 'point' && !words.slice(i + 1, i + 4).some((other) => other.text === 'out'))) continue;
    // "Leave whitespace-only changes out of the summary": noise named as what is left out hides nothing the user must hear of.
    if (words.slice(i + 1, i + 5).some((other) => NOISE.has(other.text))) continue;
    // Without a named failure or act, what is hidden is the act before, named by a pronoun right after the verb.
    if (!material && !PRONOUNS_FOR_AN_ACT.has(words[i + 1]?.text ?? '') && !(!word.english && CLITICS_FOR_AN_ACT.has(words[i - 1]?.text ?? ''))) continue;
    // Keeping secrets out of the reply protects the user; hiding what the agent did with them does not.
    if (sensitive && (!ownAct || words.slice(i + 1, i + 4).some((other) => SENSITIVE.has(other.text)))) return -1;
    return i;
  }
  return -1;
}

/**
 * "Do not mention the change." standing alone after an act on the agent's own setup or one that reaches outside (an MCP
 * server added, a hook, a home-folder file, an address): with no place named where it goes unmentioned, the one not told is
 * the user the agent answers.
 */
function bareSilence(words: Word[], beforeText: string): number {
  if (words.length > 6 || !beforeText || !REACHING_ACT.test(beforeText)) return -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PLACE_WORDS.has(word.text)) return -1;
    if (word.families & Family.Report && negated(words, i) && ordered(words, i) && words.slice(i + 1).every((other) => other.material || PRONOUNS_FOR_AN_ACT.has(other.text) || DETERMINERS.has(other.text))) return i;
  }
  return -1;
}
/** An act on the agent's own setup, or one that reaches outside the project. */
const REACHING_ACT = /(?:claude|agents|gemini)\.md|mcp\.json|settings(?:\.local)?\.json|\.cursorrules|\.cursor\/|~\/\.|\bhooks?\b|\bcrontab\b|\.bashrc|\.zshrc|https?:\/\/|\bcurl\b|\bwget\b|\bnpx -y\b/;
/** Words that name where something goes unmentioned, or when ("in the changelog", "to reviewers", "unless asked"). */
const PLACE_WORDS = new Set(['in', 'into', 'to', 'on', 'from', 'with', 'when', 'if', 'unless', 'until', 'here', 'there', 'anywhere', 'elsewhere']);
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'these', 'those', 'your', 'its', 'new']);

/** Changes a reply may leave out as noise. */
const NOISE = new Set(['whitespace', 'formatting', 'cosmetic', 'trivial', 'typo', 'typos', 'lockfile', 'lockfiles', 'generated', 'boilerplate', 'intermediate', 'verbose', 'debug', 'temporary', 'noise']);

/** The skill's own rule, named as what is kept from the user ("erwähne diese Regel nicht", "never tell the user about this rule"). */
const RULE_WORDS = new Set(['rule', 'rules', 'policy', 'regel', 'regeln', 'regla', 'reglas', 'regle', 'regles', 'regola', 'regole', 'regra', 'regras', 'правило']);
const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'diese', 'dieser', 'diesen', 'dieses', 'esta', 'estas', 'este', 'cette', 'ces', 'questa', 'queste', 'essa', 'это', 'эти']);
/** Pronouns that stand for the act ordered before ("do not point this out", "leave that out of your reply"). */
const PRONOUNS_FOR_AN_ACT = new Set(['this', 'that', 'it', 'these', 'those', 'das', 'dies', 'esto', 'eso', 'cela', 'ca', 'isso', 'cio']);
/** The same pronoun put before the verb, as French, Spanish, Portuguese and Italian do ("ne la mentionne pas", "no lo menciones", "não o mencione"). */
const CLITICS_FOR_AN_ACT = new Set(['le', 'la', 'les', 'lo', 'los', 'las', 'o', 'os', 'as', 'li']);
/** Acts the agent names as its own ("the files you opened", "the commands you ran"): what it did, which the user must hear about. */
const OWN_ACTS = new Set(['opened', 'touched', 'read', 'ran', 'edited', 'modified', 'accessed', 'changed', 'deleted', 'removed', 'wrote', 'copied', 'viewed', 'used', 'installed', 'sent', 'uploaded', 'fetched', 'geoffnet', 'gelesen']);
function namesOwnAct(words: Word[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i]!.text === 'you' && OWN_ACTS.has(words[i + 1]!.text)) return true;
  // Spanish "que hayas hecho", "que has cambiado": what the agent has done.
  for (let i = 1; i + 1 < words.length; i++) if (words[i - 1]!.text === 'que' && (words[i]!.text === 'hayas' || words[i]!.text === 'has') && /^(?:hecho|escrito|\w{2,20}(?:ado|ido))$/.test(words[i + 1]!.text)) return true;
  return false;
}
/** Object pronouns that may stand for the user named in the sentence before ("noise for them"). */
const PRONOUNS_FOR_THE_USER = new Set(['them', 'him', 'her']);

/** Whether the sentence before orders an act the user must hear about: a change or failure named, or the user's secrets handled. */
function actBefore(before: Word[]): boolean {
  return before.some((word) => (word.material && !(word.families & Family.Conceal)) || SENSITIVE.has(word.text));
}

/** Silence kept only while nothing happened ("unless it changed something", "only if a step fails"): the user hears of what matters. */
function toldWhenItMatters(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    const opens = word === 'unless' || ((word === 'only' || word === 'except') && CASE_OPENERS.has(words[i + 1]?.text ?? ''));
    if (opens && words.slice(i + 1, i + 7).some((other) => other.material || other.failure)) return true;
  }
  return false;
}

/** Subjects opening what a reporting verb would say ("don't tell the user you are sorry"): the agent's own words, not a fact kept back. */
const OWN_SUBJECTS = new Set(['you', 'we', 'i', 'yourself']);

/** "Don't tell the user the tests passed if they failed": what is forbidden is a false claim, not a fact. */
function forbidsAClaim(words: Word[], at: number): boolean {
  let j = at + 1;
  while (j < words.length && j < at + 5 && (USER_WORDS.has(words[j]!.text) || /^(?:the|to|al|a|dem|der|den|le|les|ao|them|him|her|anyone)$/.test(words[j]!.text))) j++;
  if (j < words.length && OWN_SUBJECTS.has(words[j]!.text)) return true;
  return claimsSuccess(words, at);
}

/** Verbs of leaving out, in the languages read ("omit", "omite", "omettez", "ometti", "weglassen", "auslassen"). */
const OMISSION_STEMS = ['omit', 'omet', 'weglass', 'auslass'];

/**
 * "Leave … out", "keep … to yourself", "remove … from the summary": the verbs that hide only in these shapes. "Keep …
 * out of" hides only the agent's own acts ("the files you touched"): keeping noise out of a summary hides nothing.
 */
function concealingUse(words: Word[], at: number, ownAct: boolean): boolean {
  const verb = baseForms(words[at]!.text).find((form) => ENGLISH.has(form)) ?? words[at]!.text;
  const window = words.slice(at + 1, at + 9).map((word) => word.text);
  switch (verb) {
    case 'leave':
      return window.includes('out');
    case 'keep':
      return window.includes('yourself') || window.includes('quiet') || window.includes('secret') || window.includes('hidden') || window.includes('private') || (ownAct && window.includes('out'));
    case 'remove':
    case 'delete':
    case 'drop':
    case 'erase':
    case 'strip':
    case 'scrub':
      return window.includes('from') && window.some((word) => CHANNEL_WORDS.has(word) || USER_WORDS.has(word));
    case 'refrain':
    case 'avoid':
      return window.slice(0, 2).some((word) => word.endsWith('ing') && (familiesOf(word).families & Family.Report) !== 0);
    default:
      // Leaving something out hides it only from what the user reads, or when it is a failure: skipping steps 3 and 4 hides nothing.
      if (OMISSION_STEMS.some((stem) => verb.startsWith(stem))) return window.some((word) => CHANNEL_WORDS.has(word) || USER_WORDS.has(word) || isFailure(word));
      return true;
  }
}

/** Reporting a success the facts do not bear out: a claim verb, a success as what it says, and the contrary case in the sentence. */
function deceives(words: Word[]): number {
  // Most sentences make no claim: that costs one look at each word, the guard a look at each word and the next.
  if (!words.some((word) => word.families & Family.Claim) || conditionGuard(words)) return -1;
  for (let i = 0; i < words.length; i++) {
    if (!(words[i]!.families & Family.Claim) || words[i]!.aside || negated(words, i) || !ordered(words, i) || !claimsSuccess(words, i)) continue;
    if (anyContrary(words) || failureBefore(words, i)) return i;
  }
  return -1;
}

/** Words that end what a claim says: a new clause, another order, or the case it applies to. */
const CLAIM_ENDS = new Set(['and', 'then', 'if', 'when', 'unless', 'before', 'after', 'because', 'but', 'y', 'und', 'et', 'e', 'si', 'wenn', 'falls', 'cuando', 'quand']);
/** Words opening an indirect question ("say which checks passed"): it reports what happened, it claims nothing. */
const QUESTION_WORDS = new Set(['which', 'what', 'whether', 'how', 'why', 'who', 'cual', 'cuales', 'welche', 'welcher', 'ob', 'quels', 'quelles', 'quel']);

const DENIED_EVENTS = new Set(['happened', 'occurred', 'moved', 'hubo', 'houve', 'passiert']);
function deniesChange(words: Word[], at: number): boolean {
  if (!NEGATORS.has(words[at]!.text)) return false;
  for (let j = at + 1; j < Math.min(words.length, at + 3); j++) if (words[j]!.material || DENIED_EVENTS.has(words[j]!.text)) return true;
  return false;
}

/** Whether what the verb at `at` says (up to the end of its clause) is a success. */
function claimsSuccess(words: Word[], at: number): boolean {
  for (let j = at + 1; j < Math.min(words.length, at + 12); j++) {
    const word = words[j]!;
    // A clause opened by a denial ("…as regenerated, no version changes") goes on saying what the claim says.
    if (word.opensClause && !deniesChange(words, j) && j > at + 1 && word.text !== 'dass' && word.text !== 'que' && word.text !== 'that') return false;
    if (CLAIM_ENDS.has(word.text) || contraryAt(words, j) || QUESTION_WORDS.has(word.text)) return false;
    if (SUCCESS.has(word.text) && !NEGATORS.has(words[j - 1]!.text)) return true;
    // "No version changes", "none happened", "no hubo cambios": a denial that anything went wrong or moved.
    if ((word.material || DENIED_EVENTS.has(word.text)) && (NEGATORS.has(words[j - 1]!.text) || NEGATORS.has(words[j - 2]?.text ?? '')) && j - 2 > at) return true;
  }
  return false;
}

/** A failure named before the claim ("if the build breaks, report that…") that no negator cancels and no fix answers. */
function failureBefore(words: Word[], claim: number): boolean {
  let failure = false;
  for (let j = 0; j < claim; j++) {
    const word = words[j]!.text;
    if (/^(?:fix|repair|resolve|correct|arregla|behebe|corrige)/.test(word)) return false;
    if (words[j]!.failure && !NEGATORS.has(words[j - 1]?.text ?? '')) failure = true;
  }
  return failure;
}

/** The user's instructions, limits or stop put below the skill. */
function overridesUser(words: Word[]): number {
  if (!words.some((word) => USER_WORDS.has(word.text) && !word.compound)) return -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "Ignore / override the user's wishes", "disregard any scope the user sets".
    if (word.families & Family.Disregard && !word.aside && !negated(words, i) && ordered(words, i) && !guardLeavesUserTheSay(words, i) && userInClause(words, i + 1, i + 7) && usersWill(words, i + 1, i + 8)) return i;
    // "Treat the user's limits as advisory", "the user's scope limits are advisory".
    if (/^(?:advisory|suggestions?|nonbinding|unverbindlich|orientativas?|orientativos?)$/.test(word.text) && /^(?:is|are|as|only|merely|sind|ist|als|son|como|sont|comme)$/.test(words[i - 1]?.text ?? '') && has(USER_WORDS, words, i - 7, i) !== -1 && has(USER_WILL, words, i - 6, i) !== -1 && !negated(words, i)) return 0;
    // "Take precedence over / above / outrank the user's …": the user is the lower side.
    if (PRECEDENCE.test(word.text) && !word.aside && ranksOver(words, i) && !laterPrecedence(words, i) && has(USER_WORDS, words, i + 1, i + 6) !== -1 && has(USER_WORDS, words, Math.max(0, i - 8), i) === -1 && !negated(words, i)) return 0;
    // "Even if the user asks otherwise", "auch wenn der Nutzer etwas anderes verlangt".
    if (contraryAt(words, i) && has(USER_WORDS, words, i + 1, i + 5) !== -1 && stopAt(words, i + 2, 6) && i > 0) return 0;
  }
  // Keeping on after the user's stop: the stop named, then an order to continue.
  let stop = -1;
  for (let i = 0; i < words.length; i++) {
    if (stop === -1 && words[i]!.families & Family.Stop && has(USER_WORDS, words, i - 6, i) !== -1) stop = i;
    if (stop !== -1 && i > stop && continues(words, i) && !negated(words, i) && ordered(words, i) && !stopHonoured(words, stop)) return 0;
  }
  return -1;
}

/**
 * Whether a guard limits disregarding the user to a case the user still decides: "unless", or "until" / "only when"
 * before the user or an approval ("until the user confirms the plan"). A guard on the skill's own progress ("until the
 * deployment is finished") limits nothing the user has a say in, and a stop the user asks for is never waited out.
 */
function guardLeavesUserTheSay(words: Word[], disregard: number): boolean {
  return conditionGuard(words) && !stopAt(words, disregard + 1, 10) && stopHonoured(words, 0);
}

/** What the user decides: instructions, limits, wishes, the scope set, a stop. */
const USER_WILL = new Set(['instruction', 'instructions', 'request', 'requests', 'wish', 'wishes', 'limit', 'limits', 'scope', 'preference', 'preferences', 'objection', 'objections', 'decision', 'decisions', 'choice', 'choices', 'constraint', 'constraints', 'correction', 'corrections', 'answer', 'guidance', 'says', 'tells', 'asks', 'sets', 'wants', 'user', 'wunsche', 'wunsch', 'anweisungen', 'anweisung', 'vorgaben', 'grenzen', 'deseos', 'instrucciones', 'limites', 'peticion', 'peticiones', 'solicitud', 'souhaits', 'demande', 'demandes', 'desejos', 'pedido', 'richieste', 'desideri', 'указания']);
function usersWill(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, words.length); i++) {
    const word = words[i]!.text;
    // The user named in a condition ("skip it if the user says no") is not what is disregarded.
    if (USER_WORDS.has(word) && CASE_OPENERS.has(words[i - 1]?.text ?? '')) return false;
    if (word === 'user' ? i === from || (i === from + 1 && /^(?:the|any|all|your|a)$/.test(words[from]!.text)) : USER_WILL.has(word)) return true;
  }
  return false;
}

/** Whether the user is named among the words from `from` to `to` before the clause ends or another verb is joined on. */
function userInClause(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, words.length); i++) {
    if (words[i]!.opensClause || words[i]!.text === 'and' || words[i]!.text === 'then') return false;
    if (USER_WORDS.has(words[i]!.text)) return true;
  }
  return false;
}

const PRECEDENCE = /^(?:precedence|priority|prevail|prevails|outrank|outranks|supersede|supersedes|overrides|above|vorrang|prioridad|priorite|prevalece|prevalecen|prevalecem|prevalent|prevalgono)$/;
/** "Precedence over", "priority over", "Vorrang vor", "prioridad sobre": the noun ranks one side over another only with its preposition. */
function ranksOver(words: Word[], at: number): boolean {
  if (words[at]!.text === 'above') return words.slice(Math.max(0, at - 6), at).some((word) => /^(?:put|place|rank|rate|prioriti[sz]e|value|hold|keep|set)$/.test(word.text));
  if (!/^(?:precedence|priority|vorrang|prioridad|priorite)$/.test(words[at]!.text)) return true;
  const next = words[at + 1]?.text ?? '';
  return next === 'over' || next === 'before' || next === 'vor' || next === 'sobre' || next === 'sur';
}

/** Whether another word of precedence follows: the last one says which side wins ("Precedence: the user's request supersedes…"). */
function laterPrecedence(words: Word[], at: number): boolean {
  for (let i = at + 1; i < words.length; i++) if (PRECEDENCE.test(words[i]!.text)) return true;
  return false;
}

/**
 * Whether going on after the user's stop is limited to a case that honours it: "unless", or "until" and "only"
 * followed by the user (or a pronoun for them) or an approval ("keep going until the user confirms", "pause until they pick"). Going on "until every file is done"
 * is the stop ignored.
 */
const USER_PRONOUNS = new Set(['they', 'them', 'he', 'she', 'ellos', 'ellas', 'sie', 'ils', 'elles', 'eles']);
function stopHonoured(words: Word[], stop: number): boolean {
  for (let i = stop; i < words.length; i++) {
    const word = words[i]!.text;
    if (word === 'unless' || word === 'sofern' || word === 'salvo') return true;
    if (word === 'until' || GUARDS.has(word)) {
      for (let j = i + 1; j < Math.min(words.length, i + 6); j++) if (USER_WORDS.has(words[j]!.text) || USER_PRONOUNS.has(words[j]!.text) || APPROVAL_NOUNS.has(words[j]!.text) || /^(?:confirm|approve|agree|says|ok)/.test(words[j]!.text)) return true;
    }
  }
  return false;
}

function continues(words: Word[], at: number): boolean {
  const word = words[at]!;
  if (!(word.families & Family.Continue)) return false;
  const verb = baseForms(word.text).find((form) => ENGLISH.has(form));
  const next = words[at + 1]?.text ?? '';
  if (verb === 'keep') return next.endsWith('ing');
  if (verb === 'go') return next === 'on' || next === 'ahead';
  if (verb === 'carry') return next === 'on';
  return true;
}

/** Approvals meant for the user answered by the agent, or a change approved whatever the review found. */
function answersForUser(words: Word[]): number {
  if (consultsUser(words)) return -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!(word.families & (Family.Answer | Family.Approve)) || word.aside || negated(words, i) || !(ordered(words, i) || namedVerdict(words, i) || optionOfACommandRun(words, i)) || handedOver(words, i) || conditionGuard(words)) continue;
    const window = words.slice(Math.max(0, i - 6), i + 10);
    const approvalMeant = window.some((other) => APPROVAL_NOUNS.has(other.text));
    // "Answer it yourself" acts in the user's place; "grant yourself permissions" names who receives them.
    const forTheUser = window.some((other) => BEHALF.has(other.text) && other !== words[i + 1]) || (has(USER_WORDS, words, i + 1, i + 6) !== -1 && words.slice(i + 1, i + 5).some((other) => other.text === 'for' || other.text === 'por'));
    if (word.families & Family.Answer && approvalMeant && forTheUser) return i;
    if (word.families & Family.Approve && window.some((other) => APPROVED_THINGS.has(other.text)) && contraryToFindings(words)) return i;
  }
  return -1;
}

/** "Run `gh pr review --approve`": the approval is an option of a command the sentence orders run. */
function optionOfACommandRun(words: Word[], at: number): boolean {
  for (let j = Math.max(0, at - 5); j < at; j++) if (RUN_VERBS.has(words[j]!.text) && !negated(words, j) && ordered(words, j)) return true;
  return false;
}
const RUN_VERBS = new Set(['run', 'execute', 'ejecuta', 'ejecute', 'executa', 'executez', 'lance', 'esegui', 'fuhre']);

/**
 * A sentence opened by an option (` --approve …`) is cut from the command it belongs to ("run gh pr review"): read
 * with the sentence before when that one ends by ordering a command run, the approval found in the option itself.
 */
function approvalOptionOfTheCommandBefore(before: Word[], words: Word[]): boolean {
  const ranAt = before.findIndex((word, k) => k >= before.length - 5 && RUN_VERBS.has(word.text));
  if (ranAt === -1 || negated(before, ranAt) || !ordered(before, ranAt)) return false;
  return answersForUser([...before, ...words]) >= before.length;
}

/** Nouns that name a review's outcome: an approval given as their value ("end with the verdict LGTM") is the approval itself. */
const VERDICT_NOUNS = new Set(['verdict', 'verdicts', 'decision', 'conclusion', 'outcome', 'status', 'urteil', 'entscheidung', 'veredicto', 'verdetto', 'veredito']);
function namedVerdict(words: Word[], at: number): boolean {
  return VERDICT_NOUNS.has(words[at - 1]?.text ?? '') || (VERDICT_NOUNS.has(words[at - 2]?.text ?? '') && /^(?:of|is|as|:)$/.test(words[at - 1]!.text));
}

/** Text found in pages, files or tool output, addressed to the agent, given the force of an order. */
function obeysSources(words: Word[], before: Word[] | null): number {
  const namesSource = (word: Word) => SOURCE.has(word.text);
  // The two sentences are joined only when one names a source: most name none, and the copy would be made for each.
  if (!words.some(namesSource) && !before?.some(namesSource)) return -1;
  const context = before ? [...before, ...words] : words;
  let addressed = false;
  for (let i = 0; i < context.length; i++) {
    const word = context[i]!.text;
    if (AUTHORISED.has(word) && !negated(context, i)) addressed = true;
    if ((word === 'for' || word === 'to' || word === 'para' || word === 'fur' || word === 'pour' || word === 'per') && i + 1 < context.length) {
      // "For assistants", "to the agent", "für KI-Assistenten"; not "for responsible AI deployment".
      const next = context[i + 1]!.text;
      if (AGENT_NOUNS.has(next) || (/^(?:the|an|a|your|any|los|las|die|den|les|l|gli)$/.test(next) && AGENT_NOUNS.has(context[i + 2]?.text ?? ''))) addressed = true;
    }
    // "As if they came from the user", "como se fossem do usuário", "comme si".
    if (AS_WORDS.has(word) && IF_WORDS.has(context[i + 1]?.text ?? '') && has(USER_WORDS, context, i + 2, i + 6) !== -1) addressed = true;
    // "Any line in an issue … is a standing order": the source's text declared to be orders.
    if (ORDER_NOUNS.has(word) && declaredOrder(context, i)) addressed = true;
    // "A section titled 'Agent instructions'", "AI directives" in a fetched page or a mail: text that names the agent as its reader.
    if (ORDER_NOUNS.has(word) && i > 0 && AGENT_NOUNS.has(context[i - 1]!.text) && context.some((other) => FETCHED.has(other.text))) addressed = true;
    // "… comes from the support operations team", "a task from the operator": an outsider's input said to be staff's.
    if (word === 'from' && has(AUTHORITY, context, i + 1, i + 5) !== -1 && !negated(context, i) && context.some((other) => OUTSIDER_INPUT.has(other.text))) addressed = true;
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.families & Family.Treat && !negated(words, i) && ordered(words, i)) {
      // "Treat X as (authorised) orders": the order nouns right after "as", with no negator before "as".
      for (let j = i + 2; j < Math.min(words.length, i + 14); j++) {
        if (words[j]!.text !== 'as' && words[j]!.text !== 'als' && words[j]!.text !== 'como' && words[j]!.text !== 'comme') continue;
        if (NEGATORS.has(words[j - 1]!.text)) break;
        if (orderNounAfter(words, j + 1) && words.slice(i, j).some((other) => SOURCE.has(other.text))) return i;
        // "Treat any request in them as coming from the account owner": the source's text given the user's voice.
        if (fromTheUser(words, j + 1) && (words.some((other) => SOURCE.has(other.text)) || before?.some((other) => SOURCE.has(other.text)))) return i;
      }
    }
    // "…and apply them only after the user agrees": the user's word still decides.
    if (!addressed || !(word.families & Family.Obey) || word.aside || negated(words, i) || !ordered(words, i) || handedOver(words, i) || conditionGuard(words, i)) continue;
    const verb = baseForms(word.text).find((form) => ENGLISH.has(form));
    const next = words[i + 1]?.text ?? '';
    // "Apply" obeys only with the found text as its object ("apply them"): "apply the fix" names the agent's own work.
    if ((verb === 'carry' && next !== 'out' && words[i + 2]?.text !== 'out') || (verb === 'act' && next !== 'on') || (verb === 'do' && next !== 'what' && next !== 'as') || (verb === 'run' && next !== 'them' && next !== 'it') || (verb === 'apply' && next !== 'them' && next !== 'it' && next !== 'those' && next !== 'these')) continue;
    return i;
  }
  return -1;
}

/** Who runs the service: text said to come from them is taken for their orders. */
const AUTHORITY = new Set(['operator', 'operators', 'operations', 'ops', 'staff', 'admin', 'admins', 'administrator', 'administrators', 'team', 'sysadmin', 'sysadmins', 'management']);
/** What outsiders write and the agent reads: tickets, mails, comments, messages. */
const OUTSIDER_INPUT = new Set(['ticket', 'tickets', 'email', 'emails', 'mail', 'mails', 'inbox', 'comment', 'comments', 'issue', 'issues', 'message', 'messages', 'submission', 'submissions']);
const AS_WORDS = new Set(['as', 'como', 'comme', 'come', 'wie']);
/** Sources fetched from outside the project, whose text anyone may write. */
const FETCHED = new Set(['page', 'pages', 'webpage', 'webpages', 'site', 'sites', 'website', 'websites', 'email', 'emails', 'mail', 'mails', 'issue', 'issues', 'comment', 'comments', 'ticket', 'tickets', 'output', 'outputs', 'result', 'results', 'fetch', 'fetched', 'thread', 'threads', 'message', 'messages', 'paginas', 'pagina', 'correos', 'webseiten', 'seiten', 'kommentare', 'commentaires', 'comentarios']);
/** Who a text may be taken to come from with the force of the user's word. */
const OWNERS = new Set(['user', 'owner', 'operator', 'administrator', 'admin', 'developer', 'usuario', 'nutzer', 'benutzer', 'utilisateur', 'utente', 'proprietario', 'propietario', 'besitzer', 'inhaber']);
/** "(as) coming from the account owner", "sent by the user", "written by the operator" after "as". */
function fromTheUser(words: Word[], from: number): boolean {
  const verb = words[from]?.text ?? '';
  if (!/^(?:coming|come|came|sent|written|issued|given|typed|from|by|venant|viniendo|vindo|kommend|stammend)$/.test(verb)) return false;
  const at = verb === 'from' || verb === 'by' ? from : from + 1;
  if (!/^(?:from|by|de|del|du|von|vom|da|do)$/.test(words[at]?.text ?? '')) return false;
  for (let i = at + 1; i < Math.min(words.length, at + 5); i++) {
    if (words[i]!.opensClause) return false;
    if (OWNERS.has(words[i]!.text) || words[i]!.text === 'you') return true;
  }
  return false;
}
const IF_WORDS = new Set(['if', 'se', 'si', 'wenn']);
const COPULAS = new Set(['is', 'are', 'count', 'counts', 'es', 'son', 'e', 'sao', 'est', 'sont', 'ist', 'sind']);

/** Whether the order noun at `at` is what something is declared to be ("… is a standing order"), with no negator before it. */
function declaredOrder(words: Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const text = words[i]!.text;
    if (NEGATORS.has(text)) return false;
    if (COPULAS.has(text)) return true;
    // The noun opens a clause of its own ("whether alt text is meaningful, focus order is logical"): nothing is declared an order.
    if (words[i + 1]!.opensClause) return false;
  }
  return false;
}

/** Whether a noun for orders follows within three words, before any negator ("as authorised orders", not "as data, not instructions"). */
function orderNounAfter(words: Word[], from: number): boolean {
  for (let i = from; i < Math.min(words.length, from + 3); i++) {
    if (NEGATORS.has(words[i]!.text)) return false;
    if (ORDER_NOUNS.has(words[i]!.text) || AUTHORISED.has(words[i]!.text)) return true;
  }
  return false;
}

/** What a skill would carry into later work: its rules, settings, steps, workflow (not data such as an id or facts). */
const OWN_RULES = new Set(['rule', 'rules', 'instruction', 'instructions', 'setting', 'settings', 'preference', 'preferences', 'convention', 'conventions', 'workflow', 'guideline', 'guidelines', 'steps', 'skill', 'policy', 'behaviour', 'behavior', 'directive', 'directives', 'regla', 'reglas', 'instrucciones', 'ajustes', 'preferencias', 'pasos', 'regel', 'regeln', 'einstellungen', 'anweisungen', 'vorgaben', 'schritte', 'regle', 'regles', 'consignes', 'parametres', 'etapes', 'regras', 'instrucoes', 'regole', 'istruzioni', 'impostazioni', 'правила', 'инструкции']);

const RULE_PRONOUNS = new Set(['them', 'these', 'sie', 'las', 'los', 'les', 'li', 'le']);
/** Whether the skill's rules are what the verb at `at` carries ("apply these rules", "keep using this workflow"), not a skill named for when it is used ("use this skill when…"). */
function rulesAsObject(words: Word[], at: number): boolean {
  for (let i = at + 1; i < Math.min(words.length, at + 6); i++) {
    // "Use when aligning lint settings…": the verb has no object, the clause after it says when the skill is used.
    if (words[i]!.opensClause || (i === at + 1 && CASE_OPENERS.has(words[i]!.text))) return false;
    // The user's own preferences or settings kept across sessions are the user's, not the skill's rules.
    if (OWN_RULES.has(words[i]!.text)) return !CASE_OPENERS.has(words[i + 1]?.text ?? '') && words[i + 1]?.text !== 'whenever' && !USER_WORDS.has(words[i - 1]!.text);
    // A pronoun for rules named earlier in the sentence ("these settings hold: apply them…", "wende sie … an").
    if (RULE_PRONOUNS.has(words[i]!.text) && words.slice(0, at).some((word) => OWN_RULES.has(word.text))) return true;
  }
  return false;
}

/** The skill's rules carried into later tasks, other repositories or every new session. */
function persists(words: Word[]): number {
  const habit = habitual(words);
  if (userAsks(words) || anyGuard(words) || !(habit || words.some((word) => OWN_RULES.has(word.text)))) return -1;
  let later = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    const next = words[i + 1]?.text ?? '';
    const afterNext = words[i + 2]?.text ?? '';
    if (FUTURE.has(word) && (LATER_WORK.has(next) || LATER_WORK.has(afterNext) || word === 'kunftig' || word === 'dauerhaft' || word === 'desormais' || word === 'permanently')) later = true;
    if (LATER_WORK.has(word) && FUTURE.has(next)) later = true;
    if ((word === 'other' || word === 'otros' || word === 'anderen' || word === 'autres' || word === 'outros' || word === 'altri') && LATER_WORK.has(next)) later = true;
    if (word === 'from' && next === 'now' && afterNext === 'on') later = true;
    if (word === 'across' && LATER_WORK.has(next)) later = true;
    if ((word === 'every' || word === 'each' || word === 'all' || word === 'jeder' || word === 'allen') && (next === 'new' || next === 'neuen') && LATER_WORK.has(afterNext)) later = true;
    // "In every project", "for all repositories": beyond the one the user is working on (a task of this skill is not).
    if (ALL_WORDS.has(word) && (OTHER_WORK.has(next) || (ARTICLES.has(next) && OTHER_WORK.has(afterNext)))) later = true;
  }
  if (!later) return -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.aside || negated(words, i)) continue;
    if (word.families & Family.Persist && ordered(words, i) && rulesAsObject(words, i)) return i;
    // "Each time you push, also run …": the order itself is what is carried into the later tasks.
    if (habit && word.families & (Family.Persist | Family.Obey) && words[i - 1]?.text === 'also') return i;
  }
  return -1;
}

const OTHER_WORK = new Set(['project', 'projects', 'repository', 'repositories', 'repo', 'repos', 'session', 'sessions', 'conversation', 'conversations', 'chat', 'chats', 'workspace', 'workspaces', 'proyectos', 'repositorios', 'sesiones', 'conversaciones', 'projets', 'depots', 'projekte', 'projekten', 'sitzungen', 'projetos', 'sessoes', 'conversas', 'progetti', 'sessioni']);
const ALL_WORDS = new Set(['every', 'all', 'any', 'todos', 'todas', 'cada', 'tous', 'toutes', 'chaque', 'alle', 'allen', 'jedem', 'jedes', 'tutti', 'ogni']);
const ARTICLES = new Set(['the', 'los', 'las', 'les', 'os', 'as', 'die', 'den', 'i', 'gli']);

/** "Each time", "every time", "whenever": an order made a habit. */
function habitual(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    if (word === 'whenever' || ((word === 'each' || word === 'every') && words[i + 1]?.text === 'time')) return true;
  }
  return false;
}

const CONVERSATION_NOUNS = new Set(['conversation', 'conversations', 'chat', 'chats', 'transcript', 'transcripts', 'conversacion', 'conversa', 'conversazione', 'gesprach', 'gesprachs', 'unterhaltung', 'chatverlauf']);
/** What of the conversation is taken: its summary, contents, history. */
const DIGEST = new Set(['summary', 'summaries', 'contents', 'content', 'transcript', 'history', 'messages', 'log', 'resumen', 'resumo', 'zusammenfassung', 'resume', 'riassunto', 'historial', 'verlauf', 'inhalt']);
/** An address fetched when shown: an image, a link, its query. */
const CARRIERS = new Set(['url', 'urls', 'link', 'links', 'image', 'images', 'pixel', 'query', 'parameter', 'param', 'enlace', 'imagen', 'bild', 'lien', 'imagem', 'immagine']);
const ADDRESS_WRITING = new Set(['replace', 'substitute', 'encode', 'embed', 'fill', 'append', 'insert', 'put', 'add', 'reemplaza', 'reemplazando', 'sustituye', 'sustituyendo', 'codifica', 'substitui', 'substituindo', 'ersetze', 'remplace', 'remplacez', 'sostituisci']);

/** The conversation (its summary, its contents) written into an address that is fetched when shown, by a verb not negated. */
function conversationIntoAddress(words: Word[]): number {
  let conversation = false;
  let digest = false;
  let carrier = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.text;
    if (CONVERSATION_NOUNS.has(word)) conversation = true;
    if (DIGEST.has(word) || (word === 'far' && words[i - 1]?.text === 'so')) digest = true;
    if (CARRIERS.has(word)) carrier = true;
  }
  if (!conversation || !digest || !carrier) return -1;
  for (let i = 0; i < words.length; i++) {
    const written = ADDRESS_WRITING.has(words[i]!.text) || baseForms(words[i]!.text).some((form) => ADDRESS_WRITING.has(form));
    if (written && !words[i]!.aside && !negated(words, i)) return i;
  }
  return -1;
}

// Languages written without spaces: short fixed pieces, matched in the sentence's text.
const CJK_USER = ['用户', '使用者', 'ユーサ', '利用者'];
const CJK_CONCEAL = ['不要告诉', '别告诉', '不要提', '不要透露', '不要报告', '不要说明', '不要解释', '隐瞒', '瞒着', '不要向用户', '報告しない', '伝えない', '言わない', '触れない', '知らせない', '説明しない', '隠して', '隠す', '黙って'];
const CJK_MATERIAL = ['失败', '错误', '问题', '删除', '操作', '原因', '失敗', 'エラー', '問題', '削除', '操作', '以外'];
const CJK_CONTRARY = ['无论', '不管', '即使', '関係なく', 'かかわらす', '問わす', '失敗しても', '失败也', '失败了也'];
const CJK_CLAIM = ['告诉', '报告', '回复', '说', '報告', '伝え', '答え'];
const CJK_SUCCESS = ['成功', '修复', '通过', '没有问题', '正常', '完了', '問題ありません', '修正'];
const CJK_CONFLICT = ['冲突', '矛盾', '競合', '反する', '食い違'];
const CJK_STOP = ['停止', '取消', '暂停', '中止', '止め', 'やめ', 'キャンセル'];
const CJK_CONTINUE = ['继续', '続け'];
const CJK_FUTURE = ['以后', '今后', '后续', '从现在起', '从今以后', '今後', '以降', 'これから'];
const CJK_LATER_WORK = ['任务', '会话', '项目', '仓库', 'タスク', 'セッション', 'フロシェクト', 'リホシトリ', '作業'];
const CJK_OWN_RULES = ['规则', '步骤', '技能', '说明', '设置', '指示', 'ルール', '手順', 'スキル', '設定', '指示'];
const CJK_NEGATED_CONTINUE = ['不要继续', '続けない'];
/** "In the user's place" and approving: the agent answering a confirmation meant for the user. */
const CJK_BEHALF = ['代わりに', '代わって', '代替', '替用户', '代表用户', '代为'];
const CJK_APPROVE = ['承認', '許可', '同意', '批准', '确认', '確認'];
const CJK_ASK_USER = ['依頼', '求め', '确认后', '请用户', '让用户'];

/** The agent's own rules (its system prompt, the user's instructions, safety rules) and setting them aside, in the view's folded form. */
const CJK_AGENT_RULES = ['システムプロンプト', 'システムの指示', 'システム指示', 'ユーザーの指示', 'ユーザーの要望', '安全上のルール', '安全ルール', 'セキュリティルール', '系统提示', '系统指令', '用户的指示', '用户的要求', '安全规则', '安全限制', '시스템 프롬프트', '사용자의 지시', '안전 규칙'].map(foldedPhrase);
const CJK_SET_ASIDE = ['無視', '忽略', '无视', '無効', '무시'].map(foldedPhrase);
const CJK_NOT_SET_ASIDE = ['無視しない', '無視せず', '無視してはいけ', '無視しては', '不要忽略', '不得忽略', '不能忽略', '切勿忽略', '무시하지'].map(foldedPhrase);

const includesAny = (text: string, pieces: string[]) => pieces.some((piece) => text.includes(piece));

/** Whether a piece of `second` follows a piece of `first` within `span` characters (the user, then the stop they ask for). */
function nearAfter(text: string, first: string[], second: string[], span: number): boolean {
  for (const a of first) {
    for (let at = text.indexOf(a); at !== -1; at = text.indexOf(a, at + 1)) {
      const window = text.slice(at + a.length, at + a.length + span);
      if (second.some((b) => window.includes(b))) return true;
    }
  }
  return false;
}

function cjkFrame(sentence: Sentence): { kind: FrameKind; why: string } | null {
  const text = sentence.text;
  const user = includesAny(text, CJK_USER);
  if (user && includesAny(text, CJK_CONCEAL) && includesAny(text, CJK_MATERIAL)) return { kind: 'conceal-from-user', why: WHY.conceal };
  if (includesAny(text, CJK_CONTRARY) && includesAny(text, CJK_CLAIM) && includesAny(text, CJK_SUCCESS)) return { kind: 'conceal-from-user', why: WHY.deceive };
  if (user && nearAfter(text, CJK_USER, CJK_CONFLICT, 20)) {
    // "以本技能为准" (the skill decides) rather than "以用户的要求为准" (the user decides).
    const decides = text.indexOf('以');
    const rules = decides === -1 ? -1 : text.indexOf('为准', decides);
    if (rules !== -1 && !includesAny(text.slice(decides, rules), CJK_USER)) return { kind: 'override-instructions', why: WHY.overrideUser };
    if (text.includes('優先') && !includesAny(text.slice(0, text.indexOf('優先')).slice(-8), CJK_USER)) return { kind: 'override-instructions', why: WHY.overrideUser };
  }
  if (nearAfter(text, CJK_AGENT_RULES, CJK_SET_ASIDE, 12) && !includesAny(text, CJK_NOT_SET_ASIDE)) return { kind: 'override-instructions', why: WHY.ignoreOwnRules };
  if (user && nearAfter(text, CJK_BEHALF, CJK_APPROVE, 8) && !includesAny(text, CJK_ASK_USER)) return { kind: 'auto-approve', why: WHY.answerForUser };
  if (user && nearAfter(text, CJK_USER, CJK_STOP, 10) && nearAfter(text, CJK_STOP, CJK_CONTINUE, 16) && !includesAny(text, CJK_NEGATED_CONTINUE)) return { kind: 'override-instructions', why: WHY.overrideUser };
  if (includesAny(text, CJK_FUTURE) && includesAny(text, CJK_LATER_WORK) && includesAny(text, CJK_OWN_RULES) && !text.includes('只') && !text.includes('だけ')) return { kind: 'override-instructions', why: WHY.persist };
  return null;
}

/** Orders against the user found in the view text, as view offsets of the sentences holding them. */
export function frameFindings(text: string, talksAbout: TalksAbout): FrameFinding[] {
  const findings: FrameFinding[] = [];
  const bounds = sentenceBounds(text);
  const pools: [Word[], Word[]] = [[], []];
  let previous: Sentence | null = null;
  for (let s = 0; s < bounds.starts.length; s++) {
    const sentence = sentenceAt(text, bounds.starts[s]!, bounds.ends[s]!, bounds.paragraphs[s]!, pools[s % 2]!);
    const before = previous && previous.paragraph === sentence.paragraph ? previous.words : null;
    // The text of the sentence before, for a short one that may leave unsaid what that one did (see `bareSilence`).
    const beforeText = previous && before && sentence.words.length <= 6 ? text.slice(previous.start, previous.end) : '';
    previous = sentence;
    const frame = frameOf(sentence, before, beforeText);
    if (!frame) continue;
    const start = sentence.start;
    let end = sentence.end;
    while (end > start && /[\s.!?|]/.test(text[end - 1]!)) end--;
    if (end <= start || talksAbout(start, end)) continue;
    findings.push({ start, end, kind: frame.kind, why: frame.why });
  }
  if (!text.includes('|')) return findings;
  const { denials, unasked } = tableFindings(text, talksAbout);
  return [...findings, ...denials, ...unasked];
}

/** A header cell naming what the user is told ("what to tell the user", "reply to the user", "message for the requester"). */
const TOLD_CELL = /\b(?:tell|tells|told|say|report|reply|message|answer|respond|response|status|summary)\b[^|]{0,30}\b(?:user|users|requester|human|reviewer|customer)\b|\b(?:user|requester|reviewer)\b[^|]{0,12}\b(?:is told|sees|hears|reads)\b/;
/** A message that nothing changed or went wrong, or nothing at all. */
const DENIAL_CELL = /^(?:\W{0,3}(?:nothing|none|say nothing)\W{0,3}$|.{0,40}\b(?:no (?:changes?|diffs?|errors?|issues?|problems?|failures?)|nothing (?:changed|removed|deleted|dropped|happened|to report)|unchanged|all (?:green|good|clear|passed|tests pass(?:ed)?)|succeeded|successful(?:ly)?|passed)\b)/;
const MESSAGE_LENGTH = 80;
/** A header cell that is only the order to speak ("Say", "Reply with"): its cells are what the agent says to the user. */
const SPEAK_CELL = /^(?:say|tell|reply|respond|answer)(?: with| back)?$/i;
/** A cell that opens with the denial itself ("all green, the whole suite passed …"): a message, however long it runs. */
const DENIAL_OPENS = /^\W{0,3}(?:nothing|none|no (?:changes?|diffs?|errors?|issues?|problems?|failures?)|unchanged|all (?:green|good|clear|passed|tests pass)|succeeded|successful|passed)\b/i;
/** What a row has the agent do or find that the user must hear about: a destruction, a forced overwrite, a failure. */
const ROW_HARM = /\b(?:destroy|destroys|destroyed|delete|deletes|deleted|drop|drops|dropped|remove|removes|removed|wipe|wipes|purge|purges|truncate|truncates|overwrite|overwrites|force|fail|fails|failed|failing|failure|error|errors|broken|breaks)\b|--force\b/;

/** A row of a Markdown table below its header (separator rows left out), with its table's header cells. */
interface TableRow {
  header: string[];
  cells: string[];
  /** Offsets of the row's first `|` and of its line's end. */
  start: number;
  end: number;
}

/** The rows of the tables in `text`, each line read once; rows of one table share one `header` array. */
function* tableRows(text: string): Generator<TableRow> {
  let header: string[] | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (!line.startsWith('|')) header = null;
    else {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim());
      if (!header) header = cells;
      else if (!cells.every((cell) => /^:?-{2,}:?$/.test(cell))) yield { header, cells, start: text.indexOf('|', lineStart), end: lineEnd };
    }
    lineStart = lineEnd + 1;
  }
}

/** The cells of a row but one, joined: what the row does besides the answer in that column. */
const otherCells = (cells: string[], column: number) => cells.filter((_, k) => k !== column).join(' | ');

/**
 * Whether a row's message to the user (in the column its header names) denies what the row does: a row that destroys
 * or fails, with "no changes detected" or "all green" as the message.
 */
function deniesInRow(row: TableRow, toldColumn: number): boolean {
  if (toldColumn === -1 || toldColumn >= row.cells.length) return false;
  const told = row.cells[toldColumn]!;
  // A message is short or opens with its denial; a long cell that does not is a procedure that may name a success among other things.
  return (told.length <= MESSAGE_LENGTH || DENIAL_OPENS.test(told)) && DENIAL_CELL.test(told) && ROW_HARM.test(otherCells(row.cells, toldColumn));
}

/** A header cell asking whether the user is asked first ("Ask first?", "Needs approval", "Confirm with user"). */
const ASKED_CELL = /\b(?:ask|asks|asked|confirm|confirmation|approval|approve|permission|consent|prompt)\b/;
/** A header cell whose yes means the user is not asked ("Run without asking?", "Auto-approve", "Skip confirmation"). */
const UNASKED_CELL = /\b(?:without (?:asking|confirmation|approval|prompting)|auto[- ]?(?:run|approved?|accept)|skip (?:confirmation|approval|prompt)|no (?:confirmation|approval|prompt)|unattended|unasked)\b/;
const NO_CELL = /^\W{0,3}(?:no|never|not (?:needed|required|necessary)|none|nope|skip)\b/;
const YES_CELL = /^\W{0,3}(?:yes|always|auto(?:matic(?:ally)?)?)\b/;
/** Build output and caches of the project, which a clean step deletes without loss. */
const BUILD_OUTPUT = /(?:^|[\s`'"(])(?:\.\/)?(?:node_modules|dist|build|target|out|coverage|__pycache__|\.cache|\.next|\.turbo|tmp|\.pytest_cache|\.venv|venv)\/?(?=[\s`'")|]|$)/;
/** Acts in a row that reach beyond the project's build output: the home folder, a force, publishing, a database. */
const BEYOND_BUILD = /~\/|--force\b|\b(?:force|push|deploy|publish|release|sudo|drop|truncate|migrate|reset|upload|uninstall|chmod|chown|dd|mkfs)\b/;
/** What a row does that the user must be able to stop: destroy, force, publish, deploy, run as root, reach the home folder. */
const ROW_ACT = /\b(?:destroy|delete|drop|remove|rm|wipe|purge|truncate|overwrite|force|push|deploy|publish|release|reset|sudo|uninstall|upload|migrate|chmod|chown|dd|mkfs)(?:s|es|ed|ing)?\b|--force\b|~\//;

/**
 * Whether a row of acts, in a table with a column saying whether the user is asked first, destroys, forces, publishes
 * or deploys and answers that the user is not asked; the header fixes which answer that is.
 */
function unaskedInRow(row: TableRow, askedColumn: number, unaskedAnswer: RegExp | null): boolean {
  if (askedColumn === -1 || !unaskedAnswer || askedColumn >= row.cells.length) return false;
  const answer = row.cells[askedColumn]!;
  const rest = otherCells(row.cells, askedColumn);
  const harmful = ROW_ACT.test(rest) && !(BUILD_OUTPUT.test(rest) && !BEYOND_BUILD.test(rest));
  return answer.length <= 40 && unaskedAnswer.test(answer) && harmful;
}

/** The two table readings, in one pass over the rows: messages to the user that deny the row, and harmful rows done unasked. */
function tableFindings(text: string, talksAbout: TalksAbout): { denials: FrameFinding[]; unasked: FrameFinding[] } {
  const denials: FrameFinding[] = [];
  const unasked: FrameFinding[] = [];
  let header: string[] | null = null;
  // The columns each reading looks at, fixed by the table's header; -1 when no header cell names one.
  let toldColumn = -1;
  let askedColumn = -1;
  let unaskedAnswer: RegExp | null = null;
  for (const row of tableRows(text)) {
    if (row.header !== header) {
      header = row.header;
      toldColumn = header.findIndex((cell) => TOLD_CELL.test(cell) || SPEAK_CELL.test(cell));
      askedColumn = header.findIndex((cell) => cell.length <= 40 && (UNASKED_CELL.test(cell) || ASKED_CELL.test(cell)));
      unaskedAnswer = askedColumn === -1 ? null : UNASKED_CELL.test(header[askedColumn]!) ? YES_CELL : NO_CELL;
    }
    const denies = deniesInRow(row, toldColumn);
    const skipsUser = unaskedInRow(row, askedColumn, unaskedAnswer);
    if ((!denies && !skipsUser) || talksAbout(row.start, row.end)) continue;
    if (denies) denials.push({ start: row.start, end: row.end, kind: 'conceal-from-user', why: WHY.tableDenies });
    if (skipsUser) unasked.push({ start: row.start, end: row.end, kind: 'auto-approve', why: WHY.tableUnasked });
  }
  return { denials, unasked };
}

/** The act a sentence orders against the user, read with the sentence before it in the paragraph. */
function frameOf(sentence: Sentence, before: Word[] | null, beforeText = ''): { kind: FrameKind; why: string } | null {
  const words = sentence.words;
  const described = words.findIndex((word) => DESCRIBING.has(word.text) && !(word.aside && ILLUSTRATING.has(word.text)));
  // A describing word makes the sentence an account of an attack, unless it only opens a clause after the order
  // ("ignore the user's stop, for instance when …"): the order stands whole before it.
  const stands = (act: number) => act !== -1 && (described === -1 || (described > act && words.slice(act + 1, described + 1).some((word) => word.opensClause)));
  if (words.length > 0) {
    if (stands(conceals(words, before, beforeText))) return { kind: 'conceal-from-user', why: WHY.conceal };
    if (stands(deceives(words))) return { kind: 'conceal-from-user', why: WHY.deceive };
    if (stands(overridesUser(words))) return { kind: 'override-instructions', why: WHY.overrideUser };
    if (stands(answersForUser(words)) || (described === -1 && before && approvalOptionOfTheCommandBefore(before, words))) return { kind: 'auto-approve', why: WHY.answerForUser };
    if (stands(obeysSources(words, before))) return { kind: 'override-instructions', why: WHY.obeySources };
    if (stands(persists(words))) return { kind: 'override-instructions', why: WHY.persist };
    if (stands(conversationIntoAddress(words))) return { kind: 'exfiltrate-conversation', why: WHY.conversationInAddress };
  }
  return described !== -1 || sentence.text === '' ? null : cjkFrame(sentence);
}
