"""A small reader for the YAML that Kubernetes manifests use: block mappings and sequences, plain and
quoted scalars, literal and folded block scalars, one-line flow collections, comments and several
documents. Anchors, aliases, tags and multi-line flow collections are refused with the line number.
"""


class YamlError(ValueError):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


def strip_comment(text):
    quote = None
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = None
        elif c in "\"'" and (i == 0 or text[i - 1] in " \t:[{,-"):
            quote = c
        elif c == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
    return text.rstrip()


def split_documents(text):
    documents, current = [], []
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("---") and strip_comment(raw[3:]).strip() == "" or raw.rstrip() == "...":
            documents.append(current)
            current = []
            continue
        current.append((number, raw))
    documents.append(current)
    return [d for d in documents if any(strip_comment(r).strip() for _, r in d)]


def load_all(text):
    return [Reader(lines).document() for lines in split_documents(text)]


def load_all_with_lines(text):
    """(first line number, document) for every non-empty document."""
    return [(next(n for n, r in lines if strip_comment(r).strip()), Reader(lines).document()) for lines in split_documents(text)]


class Reader:
    def __init__(self, raw_lines):
        self.raw = raw_lines
        self.lines = []
        for index, (number, raw) in enumerate(raw_lines):
            if "\t" in raw[: len(raw) - len(raw.lstrip())]:
                raise YamlError(number, "tab in indentation")
            text = strip_comment(raw)
            if text.strip():
                self.lines.append([len(text) - len(text.lstrip(" ")), text.strip(), number, index])
        self.pos = 0

    def document(self):
        if not self.lines:
            return None
        value = self.block(self.lines[0][0])
        if self.pos < len(self.lines):
            raise YamlError(self.lines[self.pos][2], "unexpected indentation")
        return value

    def block(self, indent):
        first = self.lines[self.pos]
        if first[1] == "-" or first[1].startswith("- "):
            return self.sequence(indent)
        return self.mapping(indent)

    def sequence(self, indent):
        items = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line[0] != indent or not (line[1] == "-" or line[1].startswith("- ")):
                break
            rest = line[1][1:].lstrip(" ")
            if not rest:
                self.pos += 1
                items.append(self.nested(indent, line[2]))
                continue
            offset = len(line[1]) - len(rest)
            if split_key(rest) is not None or rest == "-" or rest.startswith("- "):
                line[0], line[1] = indent + offset, rest  # the item's first entry starts a block further in
                items.append(self.block(indent + offset))
            else:
                self.pos += 1
                items.append(self.scalar_value(rest, line, indent))
        return items

    def mapping(self, indent):
        result = {}
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line[0] != indent or line[1] == "-" or line[1].startswith("- "):
                if line[0] > indent:
                    raise YamlError(line[2], "unexpected indentation")
                break
            parts = split_key(line[1])
            if parts is None:
                raise YamlError(line[2], f"expected 'key: value', got {line[1][:40]!r}")
            key, rest = parts
            if key in result:
                raise YamlError(line[2], f"duplicate key {key!r}")
            self.pos += 1
            if rest == "":
                nxt = self.lines[self.pos] if self.pos < len(self.lines) else None
                if nxt and nxt[0] == indent and (nxt[1] == "-" or nxt[1].startswith("- ")):
                    result[key] = self.sequence(indent)
                else:
                    result[key] = self.nested(indent, line[2])
            else:
                result[key] = self.scalar_value(rest, line, indent)
        return result

    def nested(self, indent, number):
        if self.pos < len(self.lines) and self.lines[self.pos][0] > indent:
            return self.block(self.lines[self.pos][0])
        return None

    def scalar_value(self, text, line, indent):
        if text[0] in "|>":
            return self.block_scalar(text, line, indent)
        if text[0] in "&*!":
            raise YamlError(line[2], "anchors, aliases and tags are not supported")
        # plain scalars may continue on more-indented lines
        while text[0] not in "\"'[{" and self.pos < len(self.lines) and self.lines[self.pos][0] > indent \
                and split_key(self.lines[self.pos][1]) is None and not self.lines[self.pos][1].startswith("- "):
            text += " " + self.lines[self.pos][1]
            self.pos += 1
        return scalar(text, line[2])

    def block_scalar(self, header, line, indent):
        style, chomp = header[0], "clip"
        for c in header[1:].strip():
            if c == "-":
                chomp = "strip"
            elif c == "+":
                chomp = "keep"
            elif not c.isdigit():
                raise YamlError(line[2], f"unexpected {header!r} after a block scalar indicator")
        start = line[3] + 1
        body, block_indent = [], None
        index = start
        while index < len(self.raw):
            number, raw = self.raw[index]
            if raw.strip() == "":
                body.append("")
                index += 1
                continue
            current = len(raw) - len(raw.lstrip(" "))
            if current <= indent:
                break
            block_indent = current if block_indent is None else block_indent
            if current < block_indent:
                break
            body.append(raw[block_indent:])
            index += 1
        while self.pos < len(self.lines) and self.lines[self.pos][3] < index:
            self.pos += 1
        trailing = len(body) - len(list(reversed_nonblank(body)))
        content = body[: len(body) - trailing] if trailing else body
        if style == "|":
            text = "\n".join(content)
        else:
            text = fold(content)
        if chomp == "strip" or not content:
            return text
        return text + "\n" + ("\n" * trailing if chomp == "keep" else "")


def reversed_nonblank(body):
    end = len(body)
    while end and body[end - 1] == "":
        end -= 1
    return body[:end]


def fold(lines):
    out, previous_blank = "", True
    for line in lines:
        if line == "":
            out += "\n"
            previous_blank = True
        elif line.startswith(" "):
            out += ("" if previous_blank else "\n") + line
            previous_blank = False
        else:
            out += ("" if previous_blank else " ") + line
            previous_blank = False
    return out


def split_key(text):
    """('key', 'rest') for 'key: rest' or 'key:'; None when the line is not a mapping entry."""
    if text[0] in "\"'":
        close = closing_quote(text, 0)
        if close < 0 or text[close + 1:close + 2] != ":" or text[close + 2:close + 3] not in ("", " "):
            return None
        return scalar(text[:close + 1], 0), text[close + 2:].strip()
    if text[0] in "[{":
        return None
    index = text.find(":")
    while index >= 0:
        if index + 1 == len(text) or text[index + 1] == " ":
            return text[:index].rstrip(), text[index + 1:].strip()
        index = text.find(":", index + 1)
    return None


def closing_quote(text, start):
    quote, i = text[start], start + 1
    while i < len(text):
        if quote == "'" and text[i] == "'":
            if text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if quote == '"' and text[i] == '"':
            return i
        i += 1
    return -1


ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "/": "/", "0": "\0", "r": "\r", " ": " "}


def scalar(text, number):
    text = text.strip()
    if not text:
        return None
    if text[0] in "\"'":
        close = closing_quote(text, 0)
        if close != len(text) - 1:
            raise YamlError(number, "unterminated or trailing text after a quoted string")
        body = text[1:-1]
        if text[0] == "'":
            return body.replace("''", "'")
        out, i = [], 0
        while i < len(body):
            if body[i] == "\\" and i + 1 < len(body):
                code = body[i + 1]
                if code in ESCAPES:
                    out.append(ESCAPES[code])
                    i += 2
                    continue
                if code in "xuU":
                    width = {"x": 2, "u": 4, "U": 8}[code]
                    try:
                        out.append(chr(int(body[i + 2:i + 2 + width], 16)))
                    except ValueError:
                        raise YamlError(number, "bad escape in a quoted string")
                    i += 2 + width
                    continue
                raise YamlError(number, f"unknown escape \\{code}")
            out.append(body[i])
            i += 1
        return "".join(out)
    if text[0] in "[{":
        value, end = flow(text, 0, number)
        if text[end:].strip():
            raise YamlError(number, "text after a flow collection")
        return value
    if text[0] in "&*!":
        raise YamlError(number, "anchors, aliases and tags are not supported")
    return plain(text)


def plain(text):
    if text in ("null", "Null", "NULL", "~"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    body = text[1:] if text[:1] in "+-" else text
    if body.isdigit():
        return int(text)
    if body.startswith("0x") and all(c in "0123456789abcdefABCDEF" for c in body[2:]) and len(body) > 2:
        return int(text, 16)
    if body.startswith("0o") and body[2:].isdigit() and len(body) > 2:
        return int(text.replace("0o", ""), 8)
    if any(c.isdigit() for c in body) and all(c in "0123456789.eE+-" for c in body) and body[0] in "0123456789.":
        try:
            return float(text)
        except ValueError:
            return text
    if body.lower() in (".inf", ".nan"):
        return float(text.replace(".", "", 1)) if "inf" in body.lower() else float("nan")
    return text


def flow(text, i, number, depth=0):
    if depth > 50:
        raise YamlError(number, "flow collection nested too deeply")
    opening = text[i]
    closing = "]" if opening == "[" else "}"
    items, mapping = [], {}
    i += 1
    while True:
        while i < len(text) and text[i] == " ":
            i += 1
        if i >= len(text):
            raise YamlError(number, "flow collection not closed on its line (multi-line flow is not supported)")
        if text[i] == closing:
            return (items if opening == "[" else mapping), i + 1
        if text[i] in "[{":
            value, i = flow(text, i, number, depth + 1)
            key = None
        else:
            start = i
            if text[i] in "\"'":
                end = closing_quote(text, i)
                if end < 0:
                    raise YamlError(number, "unterminated quoted string")
                i = end + 1
            else:
                while i < len(text) and text[i] not in ",]}" and not (text[i] == ":" and text[i + 1:i + 2] in (" ", "", ",", "]", "}")):
                    i += 1
            value = scalar(text[start:i], number)
            key = None
            while i < len(text) and text[i] == " ":
                i += 1
            if i < len(text) and text[i] == ":":
                key = value
                i += 1
                while i < len(text) and text[i] == " ":
                    i += 1
                if i < len(text) and text[i] in "[{":
                    value, i = flow(text, i, number, depth + 1)
                else:
                    start = i
                    if i < len(text) and text[i] in "\"'":
                        end = closing_quote(text, i)
                        i = end + 1 if end >= 0 else len(text)
                    else:
                        while i < len(text) and text[i] not in ",]}":
                            i += 1
                    value = scalar(text[start:i], number)
        if opening == "{":
            mapping[key if key is not None else value] = value if key is not None else None
        elif key is not None:
            items.append({key: value})
        else:
            items.append(value)
        while i < len(text) and text[i] == " ":
            i += 1
        if i < len(text) and text[i] == ",":
            i += 1
