#!/usr/bin/env python3
"""Builds the knowledge base that ships in the jar: src/main/resources/kb/entities.tsv.gz.

    python3 kb/build.py [SOURCES] [OUTPUT]

SOURCES defaults to ../shared/data/kb-sources (relative to the project root), OUTPUT to
src/main/resources/kb/entities.tsv.gz. Standard library only; the same sources give the same
bytes. The sources are open data (see NOTICE); kb/curated.tsv is the team's own list of what they
lack: private companies, short press names, parents, products, people, and names that are not
companies. Only well-known companies are kept (S&P 500, large and mega caps, the SEC's biggest
filers, the curated list): the base is for recognising and linking the firms the press names
bare, not a full register.
"""
import csv
import gzip
import io
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEC_RECOGNISED = 800  # the SEC list is ordered by size: its head is the firms the press names bare

COLUMNS = ["kbId", "kind", "name", "aliases", "flags", "ticker", "exchange", "mic", "isin", "figi", "cik",
           "lei", "wikidata", "country", "sector", "industry", "website", "parent"]

COUNTRIES = {
    "United States": "US", "India": "IN", "China": "CN", "Canada": "CA", "Japan": "JP", "Germany": "DE",
    "Australia": "AU", "United Kingdom": "GB", "France": "FR", "South Korea": "KR", "Taiwan": "TW",
    "Thailand": "TH", "Sweden": "SE", "Hong Kong": "HK", "Brazil": "BR", "Italy": "IT", "Indonesia": "ID",
    "Austria": "AT", "Singapore": "SG", "Norway": "NO", "Israel": "IL", "Netherlands": "NL", "Spain": "ES",
    "Switzerland": "CH", "Denmark": "DK", "Finland": "FI", "Belgium": "BE", "Turkey": "TR",
    "South Africa": "ZA", "Chile": "CL", "Ireland": "IE", "Russia": "RU", "Greece": "GR", "Luxembourg": "LU",
    "Egypt": "EG", "New Zealand": "NZ", "Bermuda": "BM", "Mexico": "MX", "Poland": "PL", "Malaysia": "MY",
    "Saudi Arabia": "SA", "Cayman Islands": "KY", "Argentina": "AR", "Portugal": "PT", "Jersey": "JE",
    "Cyprus": "CY", "Vietnam": "VN", "Guernsey": "GG", "Qatar": "QA", "Czech Republic": "CZ",
    "Lithuania": "LT", "Hungary": "HU", "Monaco": "MC", "British Virgin Islands": "VG", "Latvia": "LV",
    "Iceland": "IS", "Estonia": "EE", "Malta": "MT", "Isle of Man": "IM", "Peru": "PE",
    "United Arab Emirates": "AE", "Philippines": "PH", "Kazakhstan": "KZ", "Romania": "RO",
    "Colombia": "CO", "Morocco": "MA", "Mauritius": "MU", "Kenya": "KE", "Macau": "MO",
}
# the exchange where a company of a country has its main listing (MIC); other listings are copies
HOME_MICS = {
    "US": {"XNAS", "XNYS", "XASE", "XNGS", "XNMS", "XNCM", "ARCX", "BATS"}, "IN": {"XNSE"}, "CN": {"XSHG", "XSHE", "XHKG"},
    "CA": {"XTSE"}, "JP": {"XTKS", "XJPX"}, "DE": {"XETR", "XFRA"}, "AU": {"XASX"}, "GB": {"XLON"},
    "FR": {"XPAR"}, "KR": {"XKRX"}, "TW": {"XTAI"}, "TH": {"XBKK"}, "SE": {"XSTO"}, "HK": {"XHKG"},
    "BR": {"BVMF"}, "IT": {"XMIL"}, "ID": {"XIDX"}, "AT": {"XWBO"}, "SG": {"XSES"}, "NO": {"XOSL"},
    "IL": {"XTAE"}, "NL": {"XAMS"}, "ES": {"XMAD"}, "CH": {"XSWX"}, "DK": {"XCSE"}, "FI": {"XHEL"},
    "BE": {"XBRU"}, "TR": {"XIST"}, "ZA": {"XJSE"}, "CL": {"XSGO"}, "IE": {"XDUB"}, "MX": {"XMEX"},
    "PL": {"XWAR"}, "MY": {"XKLS"}, "SA": {"XSAU"}, "PT": {"XLIS"}, "NZ": {"XNZE"}, "GR": {"XATH"},
}
SEC_EXCHANGES = {"Nasdaq": ("NASDAQ", "XNAS"), "NYSE": ("NYSE", "XNYS"), "CBOE": ("Cboe", "BATS")}
LEGAL = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp",
         "nv", "sa", "ag", "se", "spa", "ab", "asa", "oyj", "as", "kk", "tbk", "bhd", "berhad", "pjsc",
         "pcl", "sab", "de", "cv", "the", "publ", "l.p", "s.p.a", "n.v", "s.a", "a/s", "k.k", "p.l.c",
         "s.a.b", "c.v", "gmbh", "kgaa", "ltda", "sae", "saa", "hldgs", "sa/nv", "aktiengesellschaft"}
# what ends a legal name besides its suffix: "Eli Lilly and Company" is Eli Lilly
LEGAL_ENDINGS = LEGAL | {"and", "&", "societe", "europeenne"}
SECURITY = re.compile(
    r"\s*(-\s*)?\b(class [a-z]( \w+)?|series [a-z]|(un)?sponsored|common stock|common shares|ordinary shares|"
    r"american depositary (shares|receipt)s?|ads|adr|depositary shares|units?|warrants?|rights?|"
    r"preferred( stock)?|subordinate voting shares|registered shares|shares)\b.*$", re.I)
NOT_ISSUERS = re.compile(r"\b(etf|fund|trust series|notes? due|bonds?|debentures?|%|warrants?|etn|index)\b", re.I)
PREFERRED = re.compile(r"-P[A-Z]*$")  # "BAM-PFD.TO": a preferred share, not the company's stock
# one-word names left once the legal suffix is cut that are also ordinary words, places or market
# indexes ("Ball Corporation" is "Ball", "the Dow"): known companies, but ambiguous in running text
AMBIGUOUS_CORES = {
    "ball", "canon", "carnival", "chewy", "coherent", "corning", "crane", "discovery", "dover", "dow", "flex",
    "fox", "frontline", "gap", "hexagon", "hmm", "kingfisher", "metro", "mosaic", "nasdaq", "next", "nice",
    "nova", "pandora", "pool", "progressive", "sea", "sharp", "snap", "southern", "tim", "titan", "toast",
    "waters",
}
# one-word names the press uses for another firm than the listed one of that name ("Reliance" is
# Reliance Industries, not Reliance Inc.; "MAN" the truck maker, not Man Group; "Nasdaq" the
# market, not its operator): never a bare alias
OTHER_FIRMS_CORES = {"reliance", "man", "news", "strategy", "total", "prudential", "merck", "nasdaq"}
# the last word of a listed name that the press leaves out ("Honda Motor" is Honda, "Sony Group" Sony)
GROUP_WORDS = {"group", "holdings", "holding", "motor", "electronics", "industries"}
# a last word the press leaves out only after a one-word name ("Dell Technologies" is Dell, "Gilead
# Sciences" Gilead, "Takeda Pharmaceutical" Takeda; "Check Point Software Technologies" keeps its length)
ONE_WORD_GROUP_WORDS = {
    "technology", "technologies", "pharmaceutical", "pharmaceuticals", "sciences", "therapeutics",
    "international", "systems", "communications", "foods", "resources", "semiconductor", "semiconductors",
    "networks", "laboratories", "entertainment",
}
# what is left then that is an ordinary word or a place ("Booking Holdings", "Kerry Group"): no alias
AMBIGUOUS_PRESS_NAMES = {
    "admiral", "affirm", "bill", "booking", "britannia", "compass", "coles", "crown", "equitable", "everest",
    "goodman", "greenland", "karman", "kerry", "match", "melrose", "mohawk", "mueller", "recruit", "sage",
    "screen", "unum", "viking", "align", "carpenter", "lens", "lumen", "microchip", "montage", "roper", "tyler",
    "zebra",
}
# a short name in capitals is the press's own ("UBS Group" is UBS, "BHP Group" BHP)
ACRONYM = re.compile(r"[A-Z]{3}")
WORD = re.compile(r"[^\W_]+(?:[.'&][^\W_]+)*\+?", re.UNICODE)


def words(name):
    """The words of a name as the extractor's tokenizer reads them, lower case."""
    return [w.lower() for w in WORD.findall(name.replace("\u2019", "'"))]


def unfiled(name):
    """A name without the SEC's state or country tag ("Bank Of Montreal /can/", "CV/") and with the
    Danish "A S" written as "A/S"."""
    name = re.sub(r"\s+/\s?[A-Za-z]{2,3}/?\s*$", "", name).rstrip("/ ")
    return re.sub(r"\bA S$", "A/S", name)


def core(name):
    """A name without its share class and trailing legal suffixes: "NVIDIA CORP" -> "NVIDIA"."""
    name = SECURITY.sub("", re.sub(r"\s*\(.*?\)\s*", " ", unfiled(name))).strip(" ,.-")
    parts = name.replace(",", " ").split()
    while len(parts) > 1 and parts[-1].lower().strip(".()") in LEGAL_ENDINGS:
        parts.pop()
    while len(parts) > 1 and parts[0].lower() in {"the", "pt"}:
        parts.pop(0)
    return " ".join(parts).strip(" ,.-&")


def key(name):
    return " ".join(words(core(name)))


def bare(alias, name):
    """The name without its legal suffix ("Stellantis" of "Stellantis N.V."): how the press names the firm."""
    core_words = words(alias)
    return (core_words == key(name).split() and len(core_words) < len(words(name))
            and not (len(core_words) == 1 and core_words[0] in OTHER_FIRMS_CORES))


def display(name):
    """Upper-case register names get word capitals: "NVIDIA CORP" stays recognisable as "Nvidia Corp"."""
    if name.upper() != name:
        return name
    return " ".join(w if len(w) <= 3 and w.isalpha() is False else w.capitalize() for w in name.split())


def slug(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class Entity:
    def __init__(self, kind, name):
        self.kind = kind
        self.name = name
        self.aliases = []
        self.flags = set()
        self.fields = {c: "" for c in COLUMNS[5:]}

    def alias(self, name):
        if name and name not in self.aliases and name != self.name:
            self.aliases.append(name)

    def fill(self, **values):
        for k, v in values.items():
            if v and not self.fields[k]:
                self.fields[k] = v.strip()


def read_tsv(path, opener=open):
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def one(sources, pattern):
    found = sorted(n for n in os.listdir(os.path.join(sources, "us-listings")) if n.startswith(pattern))
    return os.path.join(sources, "us-listings", found[-1])


def build(sources):
    companies = {}  # key -> Entity

    def company(name):
        k = key(name)
        if not k:
            return None
        e = companies.get(k)
        if e is None:
            e = companies[k] = Entity("company", display(SECURITY.sub("", re.sub(r"\s*\(.*?\)", "", unfiled(name))).strip(" ,-")))
            e.alias(display(core(name)))
        return e

    # S&P 500: names, sectors, CIKs
    for row in read_csv(one(sources, "sp500-constituents")):
        e = company(row["Security"])
        e.flags.add("known")
        e.fill(ticker=row["Symbol"].replace(".", "-"), sector=row["GICS Sector"],
               industry=row["GICS Sub-Industry"], cik=row["CIK"].zfill(10), country="US")

    # SEC filers: CIK, ticker, exchange; the head of the list is recognised
    seen_cik = set()
    # an S&P company is the SEC filer with its CIK, or with its ticker when the S&P's CIK is another
    # filing entity's ("ExxonMobil" and the SEC's "Exxon Mobil Corp", both XOM)
    sp500 = list(companies.values())
    by_cik = {e.fields["cik"]: e for e in sp500}
    by_symbol = {e.fields["ticker"]: e for e in sp500}
    for rank, row in enumerate(read_tsv(os.path.join(sources, "sec-company-tickers.tsv"))):
        if row["cik"] in seen_cik or row["exchange"] not in SEC_EXCHANGES:
            continue
        seen_cik.add(row["cik"])
        e = by_cik.get(row["cik"]) or by_symbol.get(row["ticker"]) or company(row["name"])
        if e is None:
            continue
        if rank < SEC_RECOGNISED:
            e.flags.add("known")
        exchange, mic = SEC_EXCHANGES[row["exchange"]]
        if not e.fields["ticker"] or e.fields["ticker"] == row["ticker"]:
            e.fill(ticker=row["ticker"], exchange=exchange, mic=mic)
        e.fill(cik=row["cik"])
        e.alias(core(display(row["name"])))

    # FinanceDatabase: large and mega caps worldwide, one line per issuer (its home listing)
    listings = {}
    for row in read_tsv(os.path.join(sources, "financedatabase-equities.tsv.gz"), gzip.open):
        if row["delisted"] == "True" or not row["name"] or NOT_ISSUERS.search(row["name"]):
            continue
        country = COUNTRIES.get(row["country"], "")
        listings.setdefault((key(row["name"]), country), []).append(row)
    by_ticker = {e.fields["ticker"]: e for e in companies.values() if e.fields["ticker"]}
    for (k, country), rows in sorted(listings.items()):
        if not k or not any(r["market_cap"] in ("Large Cap", "Mega Cap") for r in rows):
            continue
        home = sorted((r for r in rows if r["mic"] in HOME_MICS.get(country, ())
                       and not PREFERRED.search(r["symbol"].split(".")[0])),
                      key=lambda r: (not r["isin"], r["symbol"].count("."), len(r["symbol"]), r["symbol"]))
        any_row = sorted(rows, key=lambda r: (not r["sector"], r["symbol"]))[0]
        e = companies.get(k)
        if e is None and country == "US" and home:
            # a US issuer the S&P or SEC lists under another wording ("Lilly (Eli)", "Eli Lilly and Company")
            e = by_ticker.get(home[0]["symbol"])
        if e is None:
            if not home:
                continue  # only copies abroad: the name alone is not enough to be sure which issuer
            e = company(home[0]["name"])
        elif e.fields["country"] and country and e.fields["country"] != country:
            continue
        e.flags.add("known")
        if home and (not e.fields["ticker"] or country and country != "US"):
            # a company outside the US is quoted at home; the SEC's line for it is a depositary receipt
            h = home[0]
            e.fields.update(ticker=h["symbol"], exchange=h["market"] or h["exchange"], mic=h["mic"])
        if home and home[0]["symbol"].split(".")[0] == e.fields["ticker"].split(".")[0]:
            isin = home[0]["isin"]
            # a home line can carry the ISIN of a foreign depositary receipt: keep only the home country's
            offshore = home[0]["mic"] == "XHKG" and isin[:2] in ("HK", "KY", "BM", "CN")
            e.fill(isin=isin if isin[:2] == country or offshore else "", figi=home[0]["figi"])
        e.fill(country=country, sector=any_row["sector"], industry=any_row["industry"],
               website=any_row["website"])
        e.alias(core(home[0]["name"] if home else any_row["name"]))

    entities = [e for e in companies.values() if "known" in e.flags]
    entities.extend(curated(os.path.join(ROOT, "kb", "curated.tsv"), companies, entities))
    entities.extend(models(os.path.join(sources, "epoch-ai-models.tsv"), companies, entities))
    wikidata(os.path.join(sources, "name-suggestion-index.tsv.gz"), entities)
    common = everyday_words()
    ambiguous = common | AMBIGUOUS_CORES
    for e in entities:
        if e.kind == "company" and any(len(words(n)) == 1 and key(n) in ambiguous for n in [e.name] + e.aliases):
            e.flags.add("common")
    press_names(entities, common)
    claimed = {key(a) for e in entities if "curated" in e.flags for a in [e.name] + e.aliases}
    for e in entities:
        if "curated" not in e.flags:
            # the team's list says whom the press means by a short name ("SoftBank": the group)
            e.aliases = [a for a in e.aliases if key(a) not in claimed]
    return entities


def press_names(entities, common):
    """Adds the name the press uses without a group word ("Honda Motor Co., Ltd." is "Honda"), where
    no other entry goes by it, only one company would, and it is no everyday word."""
    used = {key(n) for e in entities for n in [e.name] + e.aliases}
    proposed = {}
    for e in entities:
        if e.kind != "company":
            continue
        parts = core(e.name).split()
        last = parts[-1].lower() if len(parts) > 1 else ""
        if last not in GROUP_WORDS and not (last in ONE_WORD_GROUP_WORDS and len(parts) == 2):
            continue
        short = " ".join(parts[:-1]).strip(" ,&")
        k = key(short)
        long_enough = len(short) >= 4 or ACRONYM.fullmatch(short)
        if long_enough and k not in used and k not in common and k not in AMBIGUOUS_PRESS_NAMES:
            proposed.setdefault(k, []).append((e, short))
    for found in proposed.values():
        if len(found) == 1:
            found[0][0].alias(found[0][1])


def domain(url):
    """The host of a website without "www.": the key two sources must agree on to be the same firm."""
    host = re.sub(r"^[a-z]+://", "", (url or "").strip().lower()).split("/")[0].split(":")[0]
    return re.sub(r"^www\d?\.", "", host)


# what a Wikidata description of a firm says (a brand, a railway line or a place is not linked)
FIRM = re.compile(r"compan|bank|corporation|conglomerate|manufacturer|retailer|operator|chain|insur|group|"
                  r"provider|firm|utility|business|carrier|airline|enterprise|producer|maker|holding|"
                  r"multinational|telecom|supermarket|store|financial institution|brokerage|investment trust|"
                  r"distributor", re.I)


def wikidata(path, entities):
    """Wikidata ids from the name-suggestion index, only where sure: one id whose label or name is the
    company's name or alias, whose website is the company's, and whose description is a firm's."""
    ids = {}
    for row in read_tsv(path, gzip.open):
        site = domain(row["website"])
        if site and FIRM.search(row["wd_description"]):
            for name in {row["name"], row["wd_label"], row["display_name"]}:
                if key(name):
                    ids.setdefault((key(name), site), set()).add(row["qid"])
    for e in entities:
        site = domain(e.fields["website"])
        if e.kind != "company" or e.fields["wikidata"] or not site:
            continue
        found = set().union(*(ids.get((key(n), site), set()) for n in [e.name] + e.aliases))
        if len(found) == 1:
            e.fields["wikidata"] = found.pop()


def everyday_words():
    """Words the extractor knows as ordinary English ("next", "may"): a company named so is ambiguous."""
    found = set()
    for name in ("common-words.txt", "not-names.txt"):
        with open(os.path.join(ROOT, "src", "main", "resources", "extract", name), encoding="utf-8") as f:
            found.update(line.strip().lower() for line in f if line.strip() and not line.startswith("#"))
    return found


def curated(path, companies, entities):
    """The team's rows: they add to the entity of the same name, or make a new one."""
    added = []
    by_name = {}
    rows = list(read_tsv(path))
    for row in rows:
        kind = row["kind"]
        e = None
        if kind == "company":
            for name in [row["name"]] + row["aliases"].split("|"):
                e = e or companies.get(key(name)) if name else e
        if e is None:
            e = Entity(kind, row["name"])
            if kind == "company":
                companies[key(row["name"])] = e
            added.append(e)
        elif "known" not in e.flags:
            entities.append(e)
        e.flags.add("known")
        e.flags.add("curated")
        e.name = row["name"]
        for a in filter(None, row["aliases"].split("|")):
            e.alias(a)
        for f in filter(None, row["flags"].split(",")):
            e.flags.add(f)
        if "delisted" in e.flags:
            # taken private or merged: a ticker the sources still carry would be wrong
            for field in ("ticker", "exchange", "mic", "isin", "figi"):
                e.fields[field] = ""
        for field in ("ticker", "exchange", "mic", "isin", "cik", "wikidata", "country", "sector", "industry",
                      "website"):
            if row.get(field):
                e.fields[field] = row[field]
        by_name[row["name"]] = e
        e.parent_name = row["parent"]
    for e in list(by_name.values()):
        if getattr(e, "parent_name", ""):
            parent = by_name.get(e.parent_name) or companies.get(key(e.parent_name))
            if parent is None:
                sys.exit("curated.tsv: unknown parent " + e.parent_name + " of " + e.name)
            e.fields["parent"] = "@" + parent.name  # resolved to an id once ids are given
            e.parent = parent
    return added


def models(path, companies, entities):
    """Epoch AI's notable models from industry labs, as products of their maker when the base knows it."""
    out = []
    seen = set()
    for row in read_tsv(path):
        name = row["model"].strip()
        org = row["organization"].split(",")[0].strip()
        owner = companies.get(key(org))
        if not name or row["org_categorization"] != "Industry" or owner is None or key(name) in seen:
            continue
        if key(name) in companies or len(words(name)) == 0:
            continue
        seen.add(key(name))
        e = Entity("product", name)
        e.parent = owner
        out.append(e)
    return out


def write(entities, output):
    ids = {}
    for e in entities:
        base = ("p-" if e.kind == "person" else "x-" if e.kind == "other" else "r-" if e.kind == "product" else "") \
            + slug(e.name)
        kb_id = base
        n = 2
        while kb_id in ids.values():
            kb_id = base + "-" + str(n)
            n += 1
        ids[id(e)] = kb_id
    lines = ["\t".join(COLUMNS)]
    for e in sorted(entities, key=lambda e: ids[id(e)]):
        if getattr(e, "parent", None) is not None:
            e.fields["parent"] = ids[id(e.parent)]
        aliases = [a for a in e.aliases if key(a) != key(e.name) or a.upper() == a or bare(a, e.name)]
        row = [ids[id(e)], e.kind, e.name, "|".join(aliases), ",".join(sorted(e.flags - {"known"}))] \
            + [e.fields[c] for c in COLUMNS[5:]]
        lines.append("\t".join(v.replace("\t", " ") for v in row))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(output), exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    with open(output, "wb") as f:
        f.write(buf.getvalue())
    return len(lines) - 1


def main():
    sources = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "kb-sources")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "src", "main", "resources", "kb",
                                                                 "entities.tsv.gz")
    count = write(build(sources), output)
    print(f"{count} entities -> {os.path.relpath(output, ROOT)} ({os.path.getsize(output)} bytes)")


if __name__ == "__main__":
    main()
