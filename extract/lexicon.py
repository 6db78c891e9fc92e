"""Words the page readers look for in more than one place, in the languages they read.

One list per kind of word, as regular-expression alternations (longest forms first where one
form starts another): the saying verbs of a comment's head line ('Ann said:', 'Ann schrieb:'),
and the link words of a post teaser ('Read more', 'Weiterlesen').
"""

from __future__ import annotations

import re

# Saying verbs after a commenter's name: en, de, fr, es, it, pt, nl, pl, cs, sk, sv/da/no, fi,
# hu, tr, ro, el, ru; Blogger's 'NAME said...' in more of its languages (da 'sagde', sv/no 'sa'
# before its dots or colon only, ca 'ha dit', ro 'a spus', hr 'je rekao', id 'mengatakan').
SAYS_VERBS = (
    r"said|says|wrote|writes|added|replied|sagt|schrieb|schreibt|hat gesagt|a dit|dit|a écrit|dice|dijo"
    r"|escribió|disse|escreveu|ha detto|ha scritto|scrive|zei|zegt|schreef"
    r"|napisał|napisała|pisze|napsal|napsala|napísal|napísala|píše|skrev|skriver|kirjoitti|írta|dedi ki|yazdı"
    r"|a scris|scrie|έγραψε|γράφει|написал|написала|пишет"
    r"|sagde|sa(?=\s*[.…:])|ha dit|a spus|je rekao|je rekla|mengatakan"
)

# Reply buttons written into a comment's head or its author element.
REPLY_WORDS = (
    r"reply|antworten|répondre|responder|rispondi|reageer|beantwoorden"
    r"|odpowiedz|odpovědět|svara|vastaa|válasz|yanıtla|răspunde|απάντηση|ответить"
)

# The link or label under a post teaser that opens the whole post.
READ_MORE = re.compile(
    r"^\W*(?:read more|read on|continue reading|keep reading|more|weiterlesen|mehr lesen|mehr|lire la suite"
    r"|lire plus|la suite|leer más|seguir leyendo|sigue leyendo|leggi tutto|leggi di più|continua a leggere"
    r"|ler mais|continue lendo|continuar lendo|lees meer|verder lezen|czytaj dalej|czytaj więcej|więcej"
    r"|číst dále|läs mer|les mer|læs mere|lue lisää|tovább|devamını oku|citește mai mult|читать далее"
    r"|続きを読む|阅读全文|더 보기)\W*$",
    re.I,
)

# The line that opens a blogger's answer written inside the comment it answers ('Antwort von
# Katrin Vogel' in Contao, 'Reply from NAME', 'Réponse de NAME'): the answer's writer after it.
ANSWER_BYLINE = re.compile(
    r"^\s*(?:antwort|reply|response|réponse|reponse|respuesta|risposta|resposta|antwoord|odpowiedź|odpowiedz|svar"
    r"|vastaus|odpověď|yanıt)\s+(?:von|from|by|de|par|di|da|van|od|från|fra|av|от)\s+(?P<name>[^\s:].{0,60}?)\s*:?\s*$",
    re.I,
)

# A thread's own heading, no writer's name: 'Comments', 'Trackbacks', 'Réponses', 'Kommentare'.
THREAD_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies|trackbacks?|pingbacks?|backlinks?|webmentions?|discussion"
    r"|commentaires?|réponses?|rétroliens?|kommentare?|antworten|comentarios?|respuestas|commenti|risposte"
    r"|comentários?|respostas|reacties|reacties|komentarze|komentáře|kommentarer|kommentit|yorumlar|комментарии)"
    r"\W*(?:\(\d+\))?\W*$",
    re.I,
)
