"""Every HTML selector reelgraph knows, in one place (WordPress, Blogger, generic).

Selectors are class names and XPath strings; the HTML reader only combines them.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from extract.lexicon import REPLY_WORDS, SAYS_VERBS

# The review body, most specific first.
BODY_XPATHS = (
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' e-content ')]",
    "//article",
)
BODY_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre", "summary")  # a <details> block's <summary> is seen

TITLE_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-title ')]",
    "//*[@itemprop='headline']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' h-entry ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' p-name ')]",
    "//meta[@property='og:title']/@content",
)
# After a heading that the <title> repeats (extract/post_meta.py).
LATE_TITLE_XPATHS = ("//article//h1",)
SITE_XPATHS = (
    "//meta[@property='og:site_name']/@content",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' site-title ')]",
    "//*[@id='header']//h1",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' blog-title ')]",
)
AUTHOR_XPATHS = (
    "//meta[@name='author']/@content",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-meta ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]",
    "//a[@rel='author']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-author ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
)
PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//time[contains(concat(' ', normalize-space(@class), ' '), ' entry-date ')]/@datetime",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@title",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' date-header ')]",
    "//article//time/@datetime",
)
JSON_LD_TYPE = "application/ld+json"
JSON_LD_XPATH = f"//script[@type='{JSON_LD_TYPE}']"  # extract/page_scan.py finds the same in its pass
CANONICAL_XPATH = "//link[@rel='canonical']/@href"

# Comment threads: an item is an element of COMMENT_TAGS with one of COMMENT_CLASSES;
# replies are items nested inside it (WordPress ul.children, Blogger .comment-replies).
COMMENT_TAGS = frozenset({"li", "article", "div"})
COMMENT_CLASSES = frozenset({"comment", "pingback", "trackback"})
PINGBACK_CLASSES = frozenset({"pingback", "trackback", "ping"})  # 'li.ping': Hueman's separate ping list
THREAD_ROOT_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' commentlist ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' comment-list ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' comment-thread ')]",
    "//*[@id='comments']",
)
# Inside one comment, most specific first.
COMMENT_AUTHOR_CLASSES = ("fn", "user", "comment-author-name", "comment-author", "author")
COMMENT_TEXT_CLASSES = ("comment-content", "comment-text", "comment-body-text")
COMMENT_DATE_CLASSES = ("comment-metadata", "comment-meta", "commentmetadata", "datetime", "comment-date")
COMMENT_CHROME_CLASSES = frozenset(
    {
        "comment-author",
        "comment-meta",
        "comment-metadata",
        "commentmetadata",
        "reply",
        "comment-footer",
        "says",
        "comment-actions",
        "datetime",
        "edit-link",
        "vcard",
    }
)
# Blogger's classic layout: <dl id="comments-block"><dt class="comment-author">X said...</dt>
# <dd class="comment-body">...</dd><dd class="comment-footer">date</dd>
BLOGGER_CLASSIC_ID = "comments-block"
BLOGGER_CLASSIC_XPATH = f"//dl[@id='{BLOGGER_CLASSIC_ID}']"
COMMENT_COUNT_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' comments-title ')]",
    "//*[@id='comments']/h4",
    "//*[@id='comments']/h3",
    "//*[@id='comments']/h2",
)

# Links in a review body that point at an entity page.
ENTITY_LINK_HOSTS = ("imdb.com", "wikipedia.org", "letterboxd.com", "wikidata.org", "themoviedb.org")

# --- Comment items of any engine (extract/comment_finder.py) ---------------------------
# Class tokens (lower-cased) that name an element a comment item: WordPress walker and
# themes (comment, comment-body, ast-comment), wpDiscuz, Disqus' plugin fallback, SPIP,
# Drupal 8 (js-comment), microformats2, forum tables, WoltLab, and local names.
ITEM_CLASS_TOKENS = frozenset(
    {
        "comment",
        "pingback",
        "trackback",
        "ping",
        "comment-body",
        "ast-comment",
        "wpd-comment",
        "dsq-comment",
        "forum-message",
        "forum-fil",
        "js-comment",
        "p-comment",
        "u-comment",
        "comtr",
        "commento",
        "comentario",
        "comentário",
        "kommentar",
        "commentaire",
        "reactie",
        "commentresponse",  # WoltLab: a response in a comment's 'ul.commentResponseList'
    }
)
# Ids of comment items: comment-12, li-comment-12, div-comment-12, comment_12 (Slashdot),
# c12 (Blogger), tree_12, dsq-comment-12, wpd-comm-12_0, commento-12, ...
ITEM_ID = re.compile(
    r"^(?:(?:li|div|dsq)-)?(?:comment|comentario|commento|kommentar|commentaire|reactie)[-_]?\d+$"
    r"|^tree_\d+$|^wpd-comm-\d+(?:_\d+)?$",
    re.I,
)
ID_PREFIX = re.compile(r"^(?:li-comment-|div-comment-|comment-|comment_|tree_|dsq-comment-|wpd-comm-)", re.I)
ITEM_TYPES = ("/Comment", "/UserComments")
# Page regions (a part of an id split at '-' and '_', or a whole class token), never a comment
# of the generic reader: a page's header, content and footer are sibling blocks too.
REGION_WORDS = frozenset(
    {"header", "footer", "content", "container", "wrapper", "main", "page", "nav", "navigation", "menu", "site"}
)
# A list is never a comment item, whatever its class says (Hatena's 'ul.comment' holds them all).
LIST_TAGS = frozenset({"ul", "ol"})
# Tags that never hold a comment of the generic reader.
NOT_COMMENT_TAGS = frozenset(
    {"script", "style", "head", "meta", "link", "br", "img", "a", "span", "b", "strong", "time"}
    | {"header", "footer", "nav", "main", "form"}
)

# Author elements inside one comment, most specific first (exact class tokens).
AUTHOR_TOKENS = (
    "p-author",
    "fn",
    "comment-author-name",
    "comment__author",
    "wpd-comment-author",
    "commenter-name",
    "username",
    "user",
    "author",
    "name",
    "naam",
    "nome",
    "nombre",
    "handle",
    "nick",
    "autor",
    "auteur",
    "poster",
    "comment-author",
    "by",
)
AUTHOR_TOKEN_SET = frozenset(AUTHOR_TOKENS)
# Parts of class tokens that mark an author-like element in unknown themes.
AUTHOR_TOKEN_PARTS = ("author", "user", "name", "nick", "handle", "poster", "autor", "auteur", "guest")
AUTHOR_PART_EXCLUDED = ("comment-author-", "bypostauthor", "byuser")
# ... and parts that make such a token a poster's title, rank, group, statistics or picture
# (forums' 'usertitle', 'author_statistics', 'author_avatar', 'membergroup') or the text a
# user wrote (old Reddit's 'usertext'), not the name.
# A token that also says 'name' or 'nick' ('avatar-name') still names the poster.
AUTHOR_PART_NOT_NAME = re.compile(
    r"title|rank|group|stat|avatar|banner|badge|extra|info|joined|count|status|online|text|body|content|message"
)
AUTHOR_PART_NAME = re.compile(r"name|nick")
# Inside an author element: screen-reader 'says', badges, parent links.
AUTHOR_SKIP_TOKENS = ("says", "screen-reader", "badge", "label", "highlight", "parent-link", "icon", "reply")
AUTHOR_CHROME_TAIL = re.compile(
    rf"\s*\b(?:{SAYS_VERBS}|{REPLY_WORDS}"
    r"|post author|author|mod|admin"
    # role badges written into the name element ('Ann Autorin', 'Ann Verified', 'Ann OP')
    r"|autorin|autor des beitrags|autor|auteur|autrice|autore|autora|verified|op|staff|moderator|moderatorin"
    r"|top commenter|blog owner|site owner|administrator|administrador|amministratore|beheerder)"
    r"\s*(?::|\.\.\.|…|\.)?\s*$",
    re.I,
)
# ... and in brackets, after a separator, or as a symbol: 'Ann (Author)', 'Ann [Moderator]', 'Ann (@ann)',
# 'Ann @ann', 'Ann | Staff', 'Ann • 3 years ago', 'Ann ✓'
_ROLE = (
    r"(?:post |blog |site |the )?(?:author|autor|autorin|auteur|autrice|autore|autora|admin|administrator|moderator"
    r"|mod|staff|op|owner|verified|editor|redaktion|rédaction|redacción|redazione|team|member|guest|gast|invité)"
)
AUTHOR_BADGE_TAIL = re.compile(
    rf"(?<=\S)(?:\s*[(\[](?:{_ROLE}|@[\w.]+)[)\]]|\s+@[\w.]+|\s*[|•·–—]\s*(?:{_ROLE}|[^|•·]{{0,20}}\bago)"
    r"|\s*[✓✔☑✅★])\s*$",
    re.I,
)
AUTHOR_CHROME_HEAD = re.compile(
    r"^\s*(?:(?:posted|written|added|dodany|dodana|dodał|dodała|napisany|napisał|napisała|geschrieben|verfasst"
    r"|publié|écrit|publicado|escrito|postado|inviato|scritto|pubblicato|skrivet|skriven|postat|skrevet|geplaatst"
    r"|geschreven)\s+(?:by|von|par|por|door|przez|av|af|da|di)|by|von|par|por|door|przez|av|af"
    # 'Kommentar von NAME' (Contao), 'Comment by', 'Commentaire de', 'Commento di', 'Reactie van'
    r"|(?:comment|kommentar|commentaire|commento|comentario|comentário|reactie|komentarz|kommentti|yorum)"
    r"\s+(?:by|von|de|par|di|da|por|van|door|od|av|af|från|fra)"
    # a poster line's label: 'From: NAME' (Dreamwidth, LiveJournal), 'Von: NAME'
    r"|(?:from|von|van|od|från|fra)\s*:"
    # an author archive link's label: 'View all posts by NAME', 'Zeige alle Beiträge von NAME'
    r"|(?:view|see) all (?:posts|articles|entries) by|zeige alle beiträge von|alle beiträge von"
    r"|voir (?:tous )?les articles de|ver todas las entradas de|ver todos los art[ií]culos de"
    r"|vedi tutti gli articoli di|ver todos os posts de|bekijk alle berichten van|zobacz wszystkie wpisy)\s+",
    re.I,
)
AUTHOR_UNVERIFIED = re.compile(
    r"\s*\((?:not verified|nicht überprüft|non vérifié|no verificado|non verificato|niet geverifieerd"
    r"|não verificado|\s*\d+\s*)\)\s*",
    re.I,
)
AUTHOR_DATE_CUT = re.compile(
    r"\s(?:(?:on|am|le|el|il|em|op|at|den)\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s)",
    re.I,
)
# 'date, par Nom', 'by <a>Name</a>', 'von Name'.
# (Italian and Spanish/Portuguese write the comment's writer after 'da:' / 'de:', with the colon only;
# Italian also after a participle: 'Inviato da', 'Scritto da', 'Pubblicata da')
_BY = r"(?:by|par|von|por|door|przez|av|af|da(?=\s*:)|(?<=t[oa]\s)da|de(?=\s*:))"
BYLINE = re.compile(rf"(?:^|[\s,;|·—–-]){_BY}\s*:?\s+(\S[^,;|]*?)\s*(?:\|.*)?$", re.I)
BYLINE_WORD = re.compile(rf"(?:^|[\s,;|·—–-]){_BY}\s*:?(?:\s|$)", re.I)
BYLINE_END = re.compile(rf"(?:^|[\s,;|·—–-]){_BY}\s*:?\s*$", re.I)
# Links to posts (not to a person): never an author in the generic reader.
POST_LINK = re.compile(
    r"/(?:19|20)\d\d/|\.html?(?:$|[?#])|[?&]p=\d"
    r"|/(?:posts?|blog|articles?|reviews?|entry|entries|news|stor(?:y|ies))/[^/?#]+/?(?:$|[?#])",  # '/posts/SLUG'
    re.I,
)
# ... but a profile page is a person's, whatever its ending ('space-uid-301.html' in Discuz,
# '/members/ruth.887/', 'member.php?u=12', '/profile/14-zbyszek/').
PROFILE_LINK = re.compile(
    r"(?:^|[/?&=.-])(?:space-uid|uid|members?|users?|profiles?|u|people|author"
    # the same in the blogs' other languages ('/utente/marco-bellini', '/benutzer/12-ole')
    r"|utenti?|benutzer|mitglied(?:er)?|usuarios?|utilisateurs?|membres?|gebruikers?|leden|u[zż]ytkowni(?:k|cy)"
    r"|uzivatel|profil|perfil|profilo|autore?s?|auteurs?|autorin)[-/=.]\w",
    re.I,
)
# Inside a comment: the text element, most specific first.
TEXT_ITEMPROPS = ("commenttext", "text")
TEXT_TOKENS = (
    "field-name-comment-body",
    "field--name-comment-body",
    "comment-content",
    "comment-text",
    "wpd-comment-text",
    "dsq-comment-message",
    "post-message",
    "forum-texte",
    "commentbody",
    "commtext",
    "p-content",
    "e-content",
    "comment-message",
    "comment__content",
    "message",
    "content",
    "texte",
    "inhoud",
    "bericht",
    "messaggio",
    "testo",
    "texto",
    "words",
    "text",
)
# Parts of class tokens of buttons and links inside a comment text (left out of it), and of
# the quote boxes in which forums repeat another post ('quotebox', 'bbcode_quote'): not the
# words of the comment's author.
TEXT_CHROME_PARTS = (
    "quote",
    "reply",
    "repondre",
    "rispondi",
    "responder",
    "like",
    "vote",
    "share",
    "edit",
    "actions",
    "toggle",
    "navs",
)
META_PARTS = (
    *("meta", "author", "date", "time", "header", "head", "top", "chapo", "avatar", "footer"),
    *("tagline", "byline", "info"),
)
DATE_PARTS = ("date", "time", "stamp", "age", "when", "wanneer", "published", "meta")
# Classes that decorate one comment (zebra stripes, depth, who wrote it), not its kind.
DECORATION_CLASS = re.compile(
    r"^(?:alt|odd|even|first|last|parent|thread-\w+|depth-\d+|level-\d+|byuser|bypostauthor|by-\S+"
    r"|comment-author-\S+|highlander-comment|clearfix|clear-block|new|collapsed|hidden)$"
)
# ... with any prefix ('ccm-conversation-message-level1', 'kmt-child-2', 'wpd_comment_level-2'),
# run together too ('commentlevel-2' in Serendipity, 'replyTreeLevel1' in Plone)
DEPTH_CLASS = re.compile(r"^[a-z0-9_-]*?(?:depth|level|lvl|indent|child)[-_]?(\d+)$")
# Attributes that give a comment's depth ('data-depth', 'data-conversation-message-level').
DEPTH_ATTRIBUTE = re.compile(r"^(?:data-(?:[\w-]+-)?|aria-)?(?:depth|level)$")  # also ARIA trees' 'aria-level
MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)")

# Page parts that reuse comment markup but are not the thread: sidebars, widgets, scripts.
DECOY_TAGS = frozenset({"aside", "script", "style", "template"})
DECOY_IDS = frozenset({"sidebar", "secondary", "recentcomments"})
DECOY_HINT = re.compile(r"sidebar|widget|recentcomments")
DECOY_TOKENS = frozenset(
    {"sidebar", "widget", "widget-area", "recentcommentsavatar"}
    # lists of other posts under the post: cards with a title, a date and an excerpt
    | {"related", "related-posts", "relatedposts", "jp-relatedposts", "yarpp-related", "crp_related", "read-next"}
    | {"more-posts", "recommended-posts", "you-may-also-like"}
)
DECOY_PARTS = ("widget", "sidebar", "recentcomments", "related", "read-next", "more-posts", "recommended", "also-like")
# The post body by class token, most specific first (after itemprop=articleBody; a whole
# <article> is the last resort). Same order as BODY_XPATHS.
BODY_TOKENS = ("entry-content", "post-body", "post-content", "e-content")
# A decoy-looking container (a Blogger widget) that holds the post or its thread is kept.
HOLDS_POST_XPATH = (
    ".//*[@itemprop='articleBody' or contains(@class, 'entry-content') or contains(@class, 'post-body')"
    " or contains(@class, 'post-content') or contains(@class, 'comment-list') or contains(@class, 'commentlist')"
    " or @id='comments']"
)
# Elements where the post's metadata may sit (extract/post_meta.py reads only these).
META_TAGS = frozenset({"time", "meta", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "title"})
META_HINT = re.compile(
    r"meta|byline|author|submitted|date|count|title|total|publi|posted|footer|details|subtext|info|head"
    r"|auteur|firma|fn|user|name|nick|node__|vcard|card|stamp|data|comments"
)
# A cheap test before is_comment_item: class values that might name an item.
ITEM_HINT = re.compile(r"omment|omentar|forum|post|reactie|comtr|back|ping")

# XPaths that only ask for a class token (``//*[contains(concat(' ', normalize-space(@class),
# ' '), ' TOKEN ')]``) are answered from the index that extract/page_scan.py builds in its one
# pass instead of by another walk over the whole page (about 150 us each on a seed page).
CLASS_ONLY_XPATH = re.compile(r"^//\*\[contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)\]$")
INDEXED_CLASS_TOKENS = frozenset(
    match.group(1) for xpath in (*SITE_XPATHS, *TITLE_XPATHS) if (match := CLASS_ONLY_XPATH.match(xpath))
)
# ... and so are attributes of <meta>/<link> picked by an attribute, and a tag under an id.
HEAD_ATTRIBUTE_XPATH = re.compile(r"^//(meta|link)\[@(property|name|rel)='([^']*)'\]/@([a-z][a-z-]*)$")
ID_DESCENDANT_XPATH = re.compile(r"^//\*\[@id='([^']+)'\]//([a-z][a-z0-9]*)$")
INDEXED_IDS = frozenset(
    match.group(1) for xpath in (*SITE_XPATHS, *TITLE_XPATHS) if (match := ID_DESCENDANT_XPATH.match(xpath))
) | {BLOGGER_CLASSIC_ID}
XML_SPACE = re.compile(r"[ \t\r\n]+")  # what normalize-space() folds: class tokens as XPath sees them


# Names of boxes that list other posts or threads, with no word of comments ('similarThreads',
# 'related-posts'), read with camelCase words apart (not 'widget': Blogger's posts and comments
# are in 'div.widget.Blog').
OTHER_POSTS = re.compile(
    r"(?:^|[\W_])(?:similar|related|popular|sidebar|verwandte|ähnliche|similaires|relacionad\w*"
    r"|correlat\w*|gerelateerd)(?:$|[\W_])",
    re.I,
)
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# ... and the narrower names of lists of similar threads, whose counts are theirs ('Replies: 23').
SIMILAR_POSTS = re.compile(
    r"(?:^|[\W_])(?:similar|related|verwandte|ähnliche|similaires|relacionad\w*|correlat\w*|gerelateerd)(?:$|[\W_])",
    re.I,
)


def in_other_posts_box(element: etree._Element, levels: int, names_of: re.Pattern[str] = OTHER_POSTS) -> bool:
    """Whether one of the element's first ``levels`` ancestors is named as a box of other posts."""
    for ancestor in islice(element.iterancestors(), levels):
        names = f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}"
        if names.strip() and names_of.search(CAMEL.sub(" ", names)):
            return True
    return False
