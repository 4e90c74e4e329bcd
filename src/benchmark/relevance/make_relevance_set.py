#!/usr/bin/env python3
"""Writes the search relevance set: src/test/resources/relevance/{postings,queries}.tsv.

Postings are job-board style titles written by hand, each tagged with the Dutch preferred label of
its ESCO occupation ("-" for a distractor that no query is about). Queries are derived from the ESCO
labels (Dutch, French, English) of the occupations those postings have, typed the way visitors type:
the plain job, a feminine or alternative label, a half-typed word, the job with a place word or a
regime word. A posting is a judged answer to a query when its occupation is the query's occupation
(the same conceptUri). Occupations are split in two by a hash of their URI: "dev" queries may be
looked at while tuning, "test" queries are only measured.

    python3 src/benchmark/relevance/make_relevance_set.py /path/to/esco   (the dir with occupations_{nl,fr,en}.csv)
"""
import csv, hashlib, random, sys, os

ESCO = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/esco'
OUT = os.path.join(os.path.dirname(__file__), '../../test/resources/relevance')

# title | occupation (nl preferred label, "-" = none) | language | postcode | regime
POSTINGS = """
Vrachtwagenchauffeur CE (m/v/x)|vrachtwagenchauffeur|nl|2000|FULL_TIME
Chauffeur C+E nationaal transport|vrachtwagenchauffeur|nl|9000|FULL_TIME
Chauffeur CE - internationaal|vrachtwagenchauffeur|nl|3500|FULL_TIME
Trucker regionaal, dagwerk|vrachtwagenchauffeur|nl|8500|PART_TIME
Chauffeur poids lourd C/CE (h/f)|vrachtwagenchauffeur|fr|1000|FULL_TIME
Truck driver CE - international|vrachtwagenchauffeur|en|2000|FULL_TIME
Magazijnmedewerker (m/v/x)|magazijnmedewerker|nl|9000|FULL_TIME
Magazijnier reachtruck|magazijnmedewerker|nl|2800|FULL_TIME
Medewerker magazijn - ploegen|magazijnmedewerker|nl|3000|FULL_TIME
Logistiek medewerker magazijn|magazijnmedewerker|nl|8800|PART_TIME
Magasinier (h/f/x)|magazijnmedewerker|fr|1000|FULL_TIME
Warehouse worker night shift|magazijnmedewerker|en|2000|FULL_TIME
Orderpicker (m/v/x)|orderpicker|nl|9300|FULL_TIME
Orderpicker - avondploeg|orderpicker|nl|2300|PART_TIME
Préparateur de commandes|orderpicker|fr|1000|FULL_TIME
Heftruckchauffeur (m/v/x)|heftruckchauffeur|nl|2000|FULL_TIME
Chauffeur reachtruck|heftruckchauffeur|nl|9100|FULL_TIME
Heftruckbestuurder in ploegen|heftruckchauffeur|nl|3600|FULL_TIME
Cariste (h/f)|heftruckchauffeur|fr|1000|FULL_TIME
Forklift driver|heftruckchauffeur|en|2000|FULL_TIME
Schoonmaker kantoren|interieurverzorger|nl|9000|PART_TIME
Poetshulp bij particulieren|interieurverzorger|nl|8000|PART_TIME
Huishoudhulp dienstencheques|interieurverzorger|nl|3500|PART_TIME
Interieurverzorgster|interieurverzorger|nl|2800|PART_TIME
Aide ménagère titres-services|interieurverzorger|fr|1000|PART_TIME
Domestic cleaner|interieurverzorger|en|2000|PART_TIME
Glazenwasser (m/v/x)|glazenwasser|nl|2000|FULL_TIME
Kok (m/v/x)|kok|nl|9000|FULL_TIME
Kok voor brasserie - weekend|kok|nl|8400|PART_TIME
Zelfstandig kok restaurant|kok|nl|3000|FULL_TIME
Cuisinier (h/f)|kok|fr|1000|FULL_TIME
Cook for our restaurant|kok|en|2000|FULL_TIME
Hulpkok / keukenhulp|keukenhulp|nl|9000|PART_TIME
Keukenhulp grootkeuken|keukenhulp|nl|3500|FULL_TIME
Aide-cuisinier|keukenhulp|fr|1000|PART_TIME
Chef-kok (m/v/x)|chefkok|nl|2000|FULL_TIME
Lasser TIG/MIG (m/v/x)|lasser|nl|3600|FULL_TIME
Lasser-monteur staalbouw|lasser|nl|9100|FULL_TIME
Ervaren lasser|lasser|nl|8500|FULL_TIME
Soudeur semi-automatique|lasser|fr|1000|FULL_TIME
Welder MIG/MAG|lasser|en|2000|FULL_TIME
Elektricien residentieel (m/v/x)|monteur elektrische installaties gebouwen|nl|9000|FULL_TIME
Elektricien nieuwbouw|monteur elektrische installaties gebouwen|nl|3000|FULL_TIME
Électricien bâtiment|monteur elektrische installaties gebouwen|fr|1000|FULL_TIME
Elektromecanicien (m/v/x)|elektromechanicus|nl|2000|FULL_TIME
Onderhoudstechnieker elektromechanica|elektromechanicus|nl|8800|FULL_TIME
Kassamedewerker supermarkt|kassamedewerker|nl|9000|PART_TIME
Kassierster weekend|kassamedewerker|nl|2000|PART_TIME
Caissière (h/f)|kassamedewerker|fr|1000|PART_TIME
Cashier|kassamedewerker|en|2000|PART_TIME
Winkelmedewerker (m/v/x)|winkelmedewerker|nl|3000|PART_TIME
Vakkenvuller supermarkt|winkelmedewerker|nl|9300|PART_TIME
Winkelbediende bakkerij|winkelmedewerker|nl|8000|PART_TIME
Employé de magasin|winkelmedewerker|fr|1000|FULL_TIME
Shop assistant|winkelmedewerker|en|2000|PART_TIME
Verkoopster kledingwinkel|verkoopmedewerker|nl|2000|PART_TIME
Verkoopmedewerker doe-het-zelf|verkoopmedewerker|nl|9000|FULL_TIME
Vendeur (h/f)|verkoopmedewerker|fr|1000|FULL_TIME
Kelner / serveerster|ober/serveerster|nl|8400|PART_TIME
Zaalmedewerker restaurant|ober/serveerster|nl|9000|PART_TIME
Serveur (h/f)|ober/serveerster|fr|1000|PART_TIME
Waiter / waitress|ober/serveerster|en|2000|PART_TIME
Boekhouder (m/v/x)|boekhouder|nl|9000|FULL_TIME
Boekhoudkundig medewerker|boekhouder|nl|2000|FULL_TIME
Comptable|boekhouder|fr|1000|FULL_TIME
Bookkeeper|boekhouder|en|2000|FULL_TIME
Buschauffeur De Lijn|buschauffeur|nl|2000|FULL_TIME
Chauffeur bus - deeltijds|buschauffeur|nl|9000|PART_TIME
Chauffeur de bus|buschauffeur|fr|1000|FULL_TIME
Taxichauffeur (m/v/x)|taxichauffeur|nl|2000|FULL_TIME
Chauffeur de taxi|taxichauffeur|fr|1000|FULL_TIME
Kapper / kapster|kapper|nl|3500|PART_TIME
Kapster dameskapsalon|kapper|nl|9000|FULL_TIME
Coiffeur mixte|kapper|fr|1000|FULL_TIME
Hairdresser|kapper|en|2000|FULL_TIME
Bakker (m/v/x)|bakker|nl|8500|FULL_TIME
Broodbakker nachtwerk|bakker|nl|9100|FULL_TIME
Boulanger (h/f)|bakker|fr|1000|FULL_TIME
Slager (m/v/x)|slager|nl|3000|FULL_TIME
Beenhouwer-verkoper|slager|nl|9000|FULL_TIME
Boucher|slager|fr|1000|FULL_TIME
Butcher|slager|en|2000|FULL_TIME
Metselaar (m/v/x)|metselaar|nl|3500|FULL_TIME
Metser nieuwbouw|metselaar|nl|9000|FULL_TIME
Maçon (h/f)|metselaar|fr|1000|FULL_TIME
Timmerman-schrijnwerker|timmerman|nl|8800|FULL_TIME
Schrijnwerker binnenafwerking|timmerman|nl|2800|FULL_TIME
Menuisier (h/f)|timmerman|fr|1000|FULL_TIME
Carpenter|timmerman|en|2000|FULL_TIME
Loodgieter (m/v/x)|loodgieter|nl|9000|FULL_TIME
Sanitair loodgieter|loodgieter|nl|3000|FULL_TIME
Plombier (h/f)|loodgieter|fr|1000|FULL_TIME
Plumber|loodgieter|en|2000|FULL_TIME
Technisch tekenaar (m/v/x)|technisch tekenaar|nl|9000|FULL_TIME
Tekenaar bouwkunde|technisch tekenaar|nl|2000|FULL_TIME
CAD-tekenaar|technisch tekenaar|nl|3000|FULL_TIME
Dessinateur technique|technisch tekenaar|fr|1000|FULL_TIME
Draughtsman CAD|technisch tekenaar|en|2000|FULL_TIME
Onthaalmedewerker (m/v/x)|receptionist|nl|9000|FULL_TIME
Receptioniste hotel|receptionist|nl|8000|PART_TIME
Réceptionniste (h/f)|receptionist|fr|1000|FULL_TIME
Receptionist|receptionist|en|2000|FULL_TIME
Administratief medewerker (m/v/x)|administratief medewerker|nl|9000|FULL_TIME
Administratief bediende|administratief medewerker|nl|2000|FULL_TIME
Bediende administratie - deeltijds|administratief medewerker|nl|3500|PART_TIME
Assistant administratif|administratief medewerker|fr|1000|FULL_TIME
Administrative assistant|administratief medewerker|en|2000|FULL_TIME
Productiemedewerker (m/v/x)|productiemedewerker|nl|8500|FULL_TIME
Productiearbeider in ploegen|productiemedewerker|nl|9100|FULL_TIME
Operator productie voeding|productiemedewerker|nl|8800|FULL_TIME
Ouvrier de production|productiemedewerker|fr|1000|FULL_TIME
Production operator|productiemedewerker|en|2000|FULL_TIME
Automecanicien (m/v/x)|automonteur|nl|9000|FULL_TIME
Autotechnieker|automonteur|nl|2000|FULL_TIME
Mécanicien automobile|automonteur|fr|1000|FULL_TIME
Car mechanic|automonteur|en|2000|FULL_TIME
Hovenier (m/v/x)|hovenier|nl|9000|FULL_TIME
Tuinman groenonderhoud|hovenier|nl|3000|FULL_TIME
Jardinier (h/f)|hovenier|fr|1000|FULL_TIME
Gardener|hovenier|en|2000|FULL_TIME
Callcentermedewerker|callcentermedewerker|nl|2000|PART_TIME
Telefonisch klantenadviseur|callcentermedewerker|nl|9000|FULL_TIME
Agent de call center|callcentermedewerker|fr|1000|FULL_TIME
Dakdekker (m/v/x)|dakdekker|nl|9000|FULL_TIME
Couvreur|dakdekker|fr|1000|FULL_TIME
Stukadoor - plafonneerder|stukadoor|nl|3500|FULL_TIME
Plafonneur (h/f)|stukadoor|fr|1000|FULL_TIME
Tegelzetter|tegelzetter|nl|2000|FULL_TIME
Carreleur|tegelzetter|fr|1000|FULL_TIME
Postbode (m/v/x)|postbode|nl|9000|PART_TIME
Postbezorger fiets|postbode|nl|2000|PART_TIME
Facteur (h/f)|postbode|fr|1000|PART_TIME
Bandenmonteur|bandenmonteur|nl|3000|FULL_TIME
Steigerbouwer (m/v/x)|steigerbouwer|nl|9000|FULL_TIME
Tandartsassistent|tandartsassistent|nl|2000|PART_TIME
Assistante dentaire|tandartsassistent|fr|1000|PART_TIME
Telefoniste onthaal|telefonist|nl|9000|PART_TIME
Dierenverzorger|dierenverzorger|nl|2000|FULL_TIME
Schoenmaker (m/v/x)|schoenmaker|nl|9000|FULL_TIME
Koperslager (m/v/x)|koperslager|nl|2000|FULL_TIME
Landbouwer akkerbouw|-|nl|8800|FULL_TIME
Docent lassen volwassenenonderwijs|-|nl|9000|PART_TIME
Lector koken hogeschool|-|nl|3000|PART_TIME
Lesgever heftruck|-|nl|2000|PART_TIME
Schoonmaakmachine operator|-|nl|8500|FULL_TIME
Verkoper landbouwmachines|-|nl|8800|FULL_TIME
Projectleider bouw|-|nl|9000|FULL_TIME
Zorgkundige woonzorgcentrum|-|nl|9000|FULL_TIME
Verpleegkundige nachtdienst|-|nl|2000|FULL_TIME
Softwareontwikkelaar Java|-|nl|9000|FULL_TIME
"""

PLACES = {'nl': ['gent', 'antwerpen', 'hasselt', 'leuven', 'brugge', 'kortrijk', 'mechelen', 'aalst', 'brussel'],
          'fr': ['gand', 'anvers', 'louvain', 'bruges', 'malines', 'courtrai', 'bruxelles', 'alost'],
          'en': ['ghent', 'antwerp', 'bruges', 'brussels', 'leuven']}
REGIMES = {'nl': ['deeltijds', 'voltijds', 'weekend', 'nacht', 'interim', 'halftijds'],
           'fr': ['temps partiel', 'mi-temps', 'temps plein', 'intérim'],
           'en': ['part time', 'full time', 'weekend']}


def load(language):
    result = {}
    with open(os.path.join(ESCO, 'occupations_%s.csv' % language), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            alts = [a.strip() for a in row['altLabels'].split('\n') if a.strip()]
            result[row['conceptUri']] = (row['preferredLabel'].strip(), alts)
    return result


def parts(label):
    """'conducteur de poids lourd/conductrice de poids lourd' -> both forms."""
    if '/' in label and label.count('/') == 1:
        return [p.strip() for p in label.split('/') if p.strip()]
    return [label]


def feminine(labels):
    for label in labels:
        words = label.split()
        if any(w.endswith(('ster', 'vrouw', 'euse', 'ière', 'rice', 'ienne', 'ère', 'woman', 'trice')) for w in words):
            return label
    return None


def main():
    nl, fr, en = load('nl'), load('fr'), load('en')
    by_label = {}
    for uri, (pref, _) in nl.items():
        by_label.setdefault(pref, uri)
    rnd = random.Random(20261201)
    postings = []
    for number, line in enumerate(l for l in POSTINGS.strip().split('\n')):
        title, occupation, language, postcode, regime = line.split('|')
        uri = '-' if occupation == '-' else by_label[occupation]
        postings.append(('P%03d' % (number + 1), title, uri, language, postcode, regime))
    with open(os.path.join(OUT, 'postings.tsv'), 'w', encoding='utf-8') as f:
        f.write('# id\ttitle\tconceptUri\tlanguage\tpostcode\tregime  (generated by src/benchmark/relevance/make_relevance_set.py)\n')
        for p in postings:
            f.write('\t'.join(p) + '\n')
    uris = sorted({p[2] for p in postings if p[2] != '-'})
    queries = []
    for uri in uris:
        split = 'dev' if int(hashlib.sha1(uri.encode()).hexdigest(), 16) % 2 == 0 else 'test'
        for language, esco in (('nl', nl), ('fr', fr), ('en', en)):
            pref, alts = esco[uri]
            forms = parts(pref)
            plain = forms[0].lower()
            candidates = [('plain', plain)]
            fem = feminine(forms[1:] + alts)
            if fem:
                candidates.append(('feminine', fem.lower()))
            others = [a.lower() for a in alts if a.lower() != plain and len(a.split()) <= 3]
            if others:
                candidates.append(('alternative', rnd.choice(others)))
            first = plain.split()[0]
            if len(first) >= 7:
                candidates.append(('partial', plain[:max(5, int(len(first) * 0.6))]))
            candidates.append(('place', plain + ' ' + rnd.choice(PLACES[language])))
            candidates.append(('regime', plain + ' ' + rnd.choice(REGIMES[language])))
            seen = set()
            for kind, text in candidates:
                if text not in seen:
                    seen.add(text)
                    queries.append((split, language, kind, text, uri))
    with open(os.path.join(OUT, 'queries.tsv'), 'w', encoding='utf-8') as f:
        f.write('# split\tlanguage\tkind\tquery\tconceptUri  (generated by src/benchmark/relevance/make_relevance_set.py)\n')
        for q in queries:
            f.write('\t'.join(q) + '\n')
    print(len(postings), 'postings,', len(queries), 'queries', file=sys.stderr)


main()
