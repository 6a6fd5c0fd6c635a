#!/usr/bin/env python3
"""Writes N MB of dense campaign text as JSON Lines ({"id","text"}), every sentence with personal data (~9,000 entities
per MB), the same shapes as bench/ConsentKit.Benchmarks' GenerateDense. Usage: generate.py OUT.jsonl MEGABYTES"""
import json, random, sys

GIVEN = ["Marie", "Jean", "Aminata", "Karim", "Sophie", "Luc", "Nathalie", "Ahmed", "Chloé", "Olivier", "Fatou", "Mathieu", "Isabelle", "Pierre", "Julie", "David", "Nguyen", "Harpreet", "Louise", "Samuel"]
FAMILY = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"]
FORMS = [
    "{0} {1} appuie notre candidate et veut une pancarte devant chez lui. ",
    "Rappeler {0} {1} au {2} après 18 h pour confirmer le transport. ",
    "Écrire à {3} pour la soirée bénéfice du 14 décembre. ",
    "{0} {1} habite au {4}, rue Saint-Denis, Montréal. ",
    "Code postal du bureau de {1} : H{5}X {5}Y{5}, à vérifier. ",
    "Call {0} {1} at ({6}) 555-01{7} about the phone bank shift. ",
    "{0} {1}, née le {8} mars 19{9}, vote par anticipation. ",
    "Send the thank-you note to {3} before Friday. ",
]

TAILS = [
    "On en reparle jeudi soir au comité, avec les autres bénévoles du secteur nord et la responsable du pointage. ",
    "We will follow up after the Saturday canvass, once the team has gone through the notes from the whole riding. ",
    "À noter dans le fichier avant la fin de semaine, pour que l'équipe du téléphone ne rappelle pas deux fois. ",
    "Please keep this in the shared notes so that the next shift does not call the same household twice this week. ",
]

def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    rnd = random.Random(11)
    target = int(megabytes * 1024 * 1024)
    written, n = 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            line = []
            for _ in range(rnd.randint(3, 8)):
                g, fam = rnd.choice(GIVEN), rnd.choice(FAMILY)
                line.append(rnd.choice(FORMS).format(g, fam, f"514 555-0{rnd.randint(100, 999)}", f"{g.lower().replace('é', 'e')}.{rnd.randint(10, 99)}@exemple.qc.ca",
                    rnd.randint(10, 9999), rnd.randint(1, 9), rnd.randint(200, 999), rnd.randint(10, 99), rnd.randint(1, 28), rnd.randint(40, 99)))
                line.append(rnd.choice(TAILS))
            n += 1
            s = json.dumps({"id": f"d-{n}", "text": "".join(line)}, ensure_ascii=False) + "\n"
            written += len(s.encode("utf-8"))
            f.write(s)

if __name__ == "__main__":
    main()
