#!/usr/bin/env python3
"""Furniture the gate's phrase list was not written for: labels, teasers, prompts and credits worded anew, in German
(as a republishing site adds them), French, English and Spanish (as an engine leaves them), each put as a line of its
own between two paragraphs of the clean French->German control articles of the QA dev set, and a third list glued to the
end of a paragraph (python3 stdlib only).

    python3 bench/quality/furniture_probe.py [SHARED_DIR] [NEWSDESK]

The labels here were written after the boilerplate list and the shape rule, and were not used to tune either: the
figure is what a desk can expect from furniture it has never seen. The untouched articles are checked too (a finding
on one of them is a false positive). Nothing is written into the repository.
"""
import collections
import json
import os

import qa_batch

UNSEEN = [
    # German
    "Weitere Berichte aus der Region:", "Jetzt kostenlos registrieren", "Unser Podcast zum Thema", "Hören Sie auch:",
    "Diesen Beitrag vorlesen lassen", "Artikel merken", "Aktualisiert vor 3 Stunden", "Exklusiv für Abonnenten",
    "Push-Nachrichten aktivieren", "Zur Bildergalerie »", "NACHRICHTEN AUS ALLER WELT", "Politik | Wirtschaft | Kultur",
    "Mehr aus dem Ressort", "Ihre Meinung ist gefragt", "Lesezeichen setzen", "Audio abspielen", "Hinweis der Redaktion",
    "Weiterführende Links", "Die Top-Themen des Tages", "Jetzt im Livestream", "Zum Dossier →", "E-Paper lesen",
    # French
    "Écouter l'article", "Abonnez-vous pour lire la suite", "Nos dernières infos", "Réagir à cet article",
    "Les plus lus", "Partager l'article", "Recevez notre newsletter", "Suivez-nous sur Instagram", "Dans la même rubrique :",
    # English
    "Listen to this article", "Sign up for our daily briefing", "Most popular", "Share this story", "More from Europe:",
    "Advertisement", "Editor's picks",
    # Spanish
    "Te puede interesar:", "Lo más leído", "Compartir en redes", "Suscríbete a nuestro boletín", "Más noticias",
]

# Written after the shape rule was last changed (the first list's misses led to the few-words rule), to measure it on
# wording nobody looked at while writing it.
FRESH = [
    "Mehr Videos", "Lokales", "Sport am Wochenende", "Teilen per Messenger", "Kommentare anzeigen", "Bild vergrößern",
    "Abo abschließen und weiterlesen", "Anzeige – Artikel wird unten fortgesetzt", "Diese Woche im Magazin",
    "Voir la vidéo", "Tous nos articles sur l'Ukraine", "Contenu sponsorisé", "Plus d'actualités", "Read the full story",
    "Watch: the moment the bridge collapsed", "Trending now", "Related coverage", "Ver más", "Noticias relacionadas",
    "Síguenos en Facebook",
]

# Written with the glued-furniture rule (boilerplate.glued-shape) and not used to tune it: each label appended, after a
# space, to the end of a paragraph ("… beginnen. Beitrag teilen"), as a republishing site's widget ends up in the text.
GLUED = [
    "Zum Newsletter anmelden", "Weitere Meldungen", "Alle Videos im Überblick", "Hier klicken für mehr",
    "Unsere Empfehlung:", "Mehr Hintergründe", "Jetzt Probeabo sichern", "Beitrag teilen", "Ticker aktualisieren",
    "Fotos: Imago", "Lesen Sie weiter nach der Anzeige", "Das Wichtigste in Kürze", "Tous les matins dans votre boîte mail",
    "Nos offres d'abonnement", "Share on LinkedIn", "More stories like this", "Follow our live coverage", "Más información",
    "Comparte esta noticia", "ÚLTIMA HORA",
]


# Written on 2026-12-07 before the rule for labels glued to a heading (a line without a full stop), to measure that rule
# on wording nobody looked at while writing it; glued at the same places as GLUED.
GLUED_FRESH = [
    "Hier geht es zur Übersicht", "Jetzt gratis testen", "Unsere Leseempfehlung", "Alle Folgen anhören", "Zur Startseite",
    "Video starten", "Kommentieren Sie mit", "Nur mit Abo lesbar", "Neueste Beiträge", "Auch interessant",
    "Lire la suite de l'article", "Voir aussi nos vidéos", "À lire également", "Click here to subscribe",
    "Latest headlines", "See all photos", "Sigue leyendo", "Toda la información", "Únete a nuestro canal", "Jetzt teilen",
]


def variants(cases_path):
    for line in open(cases_path, encoding="utf-8"):
        c = json.loads(line)
        if c["kind"] != "control" or not c["origin"].startswith("syn-"):
            continue
        base = {"src_lang": c["src_lang"], "tgt_lang": c["tgt_lang"], "tgt_locale": c["tgt_locale"], "source": c["source"]}
        paragraphs = c["target"].split("\n")
        yield dict(base, id=c["id"] + "#original", target=c["target"]), None
        if len(paragraphs) < 3:
            continue
        for i, label in enumerate(UNSEEN + FRESH):
            k = 1 + i % (len(paragraphs) - 1)
            yield dict(base, id="%s#unseen-%d" % (c["id"], i), target="\n".join(paragraphs[:k] + [label] + paragraphs[k:])), label
        for i, label in enumerate(GLUED + GLUED_FRESH):
            k = i % len(GLUED) % (len(paragraphs) - 1)
            glued = paragraphs[:k] + [paragraphs[k] + " " + label] + paragraphs[k + 1:]
            yield dict(base, id="%s#glued-%d" % (c["id"], i), target="\n".join(glued)), "glued: " + label


def main():
    shared, newsdesk = qa_batch.paths()
    found = collections.Counter()
    total = collections.Counter()
    false_positives = originals = 0
    for label, categories in qa_batch.check(variants(os.path.join(shared, "bench", "qa", "dev-cases.jsonl")), newsdesk):
        if label is None:
            originals += 1
            false_positives += bool(categories)
            continue
        total[label] += 1
        found[label] += "boilerplate" in categories
    for name, labels in (("first list", UNSEEN), ("fresh list", FRESH), ("glued to a paragraph's end", ["glued: " + l for l in GLUED]),
                         ("glued, fresh list", ["glued: " + l for l in GLUED_FRESH])):
        f, t = sum(found[l] for l in labels), sum(total[l] for l in labels)
        print("%s: unseen furniture found: %d of %d (%.2f)" % (name, f, t, f / max(1, t)))
    print("labels never found: " + ", ".join(sorted(l for l in total if found[l] == 0)))
    print("glued, found per label: " + ", ".join("%s %d/%d" % (l, found["glued: " + l], total["glued: " + l]) for l in GLUED + GLUED_FRESH))
    print("untouched articles with any finding: %d of %d" % (false_positives, originals))


if __name__ == "__main__":
    main()
