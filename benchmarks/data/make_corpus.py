#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the benchmark corpus: a few MB of French news text written from the project's own
templates (dispatches with quantities, dates, sources, quotes and page furniture). Deterministic."""
import argparse
import random

SOURCES = [
    "le Service national de renseignement (NIS)", "l'état-major interarmées sud-coréen (JCS)",
    "le ministère russe de la Défense", "l'Institut pour l'étude de la guerre (ISW)", "l'agence Reuters",
    "le porte-parole du Kremlin, Dmitri Peskov", "la ministre française des Armées", "une source proche du dossier",
    "des responsables américains", "l'ONU", "le Haut-Commissariat aux réfugiés", "la Banque mondiale",
    "l'Insee", "le gouvernement ukrainien", "Séoul", "Washington", "Moscou", "les analystes",
    "un rapport du Pentagone", "le quotidien Le Monde", "l'AFP", "Kiev", "le président Volodymyr Zelensky",
]
VERBS = ["a déclaré", "affirme", "estime", "a confirmé", "a indiqué", "rapporte", "prévient", "souligne",
         "précise", "assure", "a reconnu", "dément", "a annoncé", "a révélé", "explique"]
CUES = ["Selon", "D'après", "De source", "Pour", "Aux yeux de"]
SUBJECTS = ["la Corée du Nord", "la Russie", "l'armée ukrainienne", "Pyongyang", "le gouvernement",
            "les forces russes", "l'Union européenne", "la France", "les autorités locales", "le groupe"]
PREDICATES = ["aurait déployé", "a envoyé", "aurait perdu", "a livré", "pourrait mobiliser", "a recensé",
              "aurait tiré", "a débloqué", "a importé", "prévoit d'investir"]
COUNTED = ["soldats", "obus", "missiles", "drones", "chars", "pièces d'artillerie", "réfugiés", "civils",
           "militaires", "tonnes de munitions", "barils de pétrole", "travailleurs"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
PLACES = ["Koursk", "Kharkiv", "Séoul", "Pyongyang", "Moscou", "Bruxelles", "Paris", "Genève", "Donetsk"]
QUALIFIERS = ["plus de ", "environ ", "près de ", "au moins ", "moins de ", "quelque ", "", "", ""]
CURRENCIES = ["millions de dollars", "milliards d'euros", "millions d'euros", "milliards de wons", "€", "$"]
UNITS = ["km", "kilomètres", "km²", "tonnes", "%", "mm", "hectares", "litres"]
FURNITURE = ["Partager Facebook Twitter LinkedIn Email", "À lire aussi", "Abonnez-vous à notre newsletter",
             "3 Min Temps de lecture", "Related Posts", "Publicité", "Accueil › International › Europe"]


def number(r):
    k = r.random()
    if k < 0.35:
        return str(r.randint(2, 99))
    if k < 0.7:
        n = r.randint(1, 99) * 1000 + r.choice([0, 0, 500, 250])
        return f"{n:,}".replace(",", r.choice([" ", "\u00a0", "\u202f"]))
    if k < 0.85:
        return f"{r.randint(1, 99)},{r.randint(1, 9)}"
    return r.choice(["deux", "trois", "quatre", "dix", "douze", "vingt", "cent", "mille", "deux cents"])


def date(r):
    k = r.random()
    y = r.randint(2019, 2026)
    if k < 0.3:
        return f"le {r.randint(1, 28)} {r.choice(MONTHS)} {y}"
    if k < 0.5:
        return f"en {r.choice(MONTHS)} {y}"
    if k < 0.6:
        return f"{r.choice(DAYS)}"
    if k < 0.7:
        return f"depuis {r.choice(['début', 'fin', 'mi-'])} {y}".replace("mi- ", "mi-")
    if k < 0.8:
        return f"il y a {r.choice(['deux', 'trois', 'dix'])} {r.choice(['jours', 'semaines', 'mois', 'ans'])}"
    if k < 0.9:
        return f"entre {r.choice(MONTHS)} et {r.choice(MONTHS)} {y}"
    return f"le {r.randint(1, 28)}/{r.randint(1, 12):02d}/{y}"


def sentence(r):
    k = r.random()
    q = f"{r.choice(QUALIFIERS)}{number(r)} {r.choice(COUNTED)}"
    if k < 0.25:
        return (f"{r.choice(CUES)} {r.choice(SOURCES)}, {r.choice(SUBJECTS)} {r.choice(PREDICATES)} {q} "
                f"{date(r)}.")
    if k < 0.45:
        return (f"{r.choice(SUBJECTS).capitalize()} {r.choice(PREDICATES)} {q} à {r.choice(PLACES)} {date(r)}, "
                f"{r.choice(VERBS)} {r.choice(SOURCES)}.")
    if k < 0.6:
        return (f"« Nous avons observé {q} dans la région de {r.choice(PLACES)} », {r.choice(VERBS)} "
                f"{r.choice(SOURCES)} {date(r)}.")
    if k < 0.75:
        return (f"{r.choice(SOURCES).capitalize()} {r.choice(VERBS)} que le coût atteint "
                f"{number(r)} {r.choice(CURRENCIES)}, soit une hausse de {r.randint(2, 40)} % par rapport à "
                f"l'an dernier.")
    if k < 0.9:
        return (f"La zone couvre {r.choice(QUALIFIERS)}{number(r)} {r.choice(UNITS)} et la population a "
                f"reculé de {r.randint(1, 30)},{r.randint(0, 9)} % {date(r)}.")
    return (f"Pourquoi {r.choice(SUBJECTS)} s'implique-t-elle autant ? M. Dupont, cité par l'AFP, "
            f"l'explique par la guerre de Corée (1950-1953) et les sanctions de l'O.N.U.")


def article(r):
    lines = [r.choice(FURNITURE), f"{r.choice(SUBJECTS).capitalize()} : {number(r)} {r.choice(COUNTED)} "
             f"{r.choice(['déployés', 'perdus', 'livrés'])} {date(r)}", ""]
    for _ in range(r.randint(4, 9)):
        lines.append(" ".join(sentence(r) for _ in range(r.randint(2, 5))))
        lines.append("")
    lines += [r.choice(FURNITURE), r.choice(FURNITURE), "", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--bytes", type=int, default=4_000_000)
    ap.add_argument("--seed", type=int, default=20250226)
    a = ap.parse_args()
    r = random.Random(a.seed)
    parts, size = [], 0
    while size < a.bytes:
        t = article(r)
        parts.append(t)
        size += len(t.encode("utf-8"))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
