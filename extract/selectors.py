"""Every HTML selector reelgraph knows, in one place (WordPress, Blogger, generic).

Selectors are class names and XPath strings; the HTML reader only combines them.
"""

from __future__ import annotations

# The review body, most specific first.
BODY_XPATHS = (
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
    "//article",
)
BODY_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")

TITLE_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-title ')]",
    "//meta[@property='og:title']/@content",
    "//article//h1",
    "//title",
)
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
JSON_LD_XPATH = "//script[@type='application/ld+json']"

# Comment threads: an item is an element of COMMENT_TAGS with one of COMMENT_CLASSES;
# replies are items nested inside it (WordPress ul.children, Blogger .comment-replies).
COMMENT_TAGS = frozenset({"li", "article", "div"})
COMMENT_CLASSES = frozenset({"comment", "pingback", "trackback"})
PINGBACK_CLASSES = frozenset({"pingback", "trackback"})
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
BLOGGER_CLASSIC_XPATH = "//dl[@id='comments-block']"
COMMENT_COUNT_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' comments-title ')]",
    "//*[@id='comments']/h4",
    "//*[@id='comments']/h3",
    "//*[@id='comments']/h2",
)

# Links in a review body that point at an entity page.
ENTITY_LINK_HOSTS = ("imdb.com", "wikipedia.org", "letterboxd.com", "wikidata.org", "themoviedb.org")
