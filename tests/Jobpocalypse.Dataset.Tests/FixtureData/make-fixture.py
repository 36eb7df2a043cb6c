#!/usr/bin/env python3
"""Regenerates the fixture dataset (tests/Jobpocalypse.Dataset.Tests/FixtureData/data) from the repository's data/.

A real-format subset: the occupations in CODES with their rows in every source file, kept byte for byte (lines are
selected, never rewritten, except the JSON files, which are filtered and re-serialised). Run from the repository root:
    python3 tests/Jobpocalypse.Dataset.Tests/FixtureData/make-fixture.py
"""
import csv, io, json, os, shutil

SRC = "data"
DST = "tests/Jobpocalypse.Dataset.Tests/FixtureData/data"
# Twenty occupations across fourteen major groups; the first three have editorial analyses in the fixture.
CODES = {
    "29-2072.00", "43-4171.00", "41-2011.00",
    "11-1011.00", "11-1021.00", "13-2011.00", "15-1252.00", "15-1255.00", "23-1011.00", "25-2021.00",
    "29-1141.00", "31-1131.00", "35-2014.00", "35-3031.00", "37-2011.00", "43-9061.00", "47-2031.00",
    "49-9071.00", "51-2092.00", "53-3032.00",
}
EDITORIAL = ["29-2072.00", "43-4171.00", "41-2011.00"]
SOCS = {c[:7] for c in CODES}


def fields(line, delimiter):
    return next(csv.reader(io.StringIO(line), delimiter=delimiter))


def select(path, delimiter, keep):
    """Copies the header and every line whose fields pass keep(fields)."""
    with open(os.path.join(SRC, path), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    out = [lines[0]] + [l for l in lines[1:] if l.strip() and keep(fields(l, delimiter))]
    target = os.path.join(DST, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + ("\n" if lines[-1] == "" else ""))
    return [fields(l, delimiter) for l in out[1:]]


def main():
    shutil.rmtree(DST, ignore_errors=True)
    select("onet-29.3/occupation_data.tsv", "\t", lambda r: r[0] in CODES)
    select("onet-29.3/task_statements.tsv", "\t", lambda r: r[0] in CODES)
    select("onet-29.3/related_occupations.tsv", "\t", lambda r: r[0] in CODES and r[2] in CODES)
    select("onet-29.3/alternate_titles.tsv", "\t", lambda r: r[0] in CODES)
    select("eloundou-2023/full_labelset.tsv", "\t", lambda r: r[1] in CODES)
    select("eloundou-2023/occ_level.csv", ",", lambda r: r[0] in CODES)
    select("bls/employment_projections_2024_34_table_1_2.csv", ",", lambda r: r[1] in SOCS or r[1] == "00-0000")
    select("bls/employment_projections_2022_32_table_1_7.csv", ",", lambda r: r[1] in SOCS or r[1] == "00-0000")
    crosswalk = select("bls/onet_nem_ooh_crosswalk_2023-09-06.csv", ",", lambda r: r[1] in CODES)
    urls = {r[-1].lower() for r in crosswalk}
    profiles = select("bls/ooh_profiles_2024_34.csv", ",", lambda r: r[-1].lower() in urls or r[3] in SOCS)
    urls |= {r[-1].lower() for r in profiles}
    select("bls/ooh_what_they_do_2024_34.tsv", "\t", lambda r: r[2].lower() in urls)
    select("soc/onet_soc_2019_structure.csv", ",", lambda r: r[0] != "")
    soc2010 = select("soc/onet_soc_2010_to_2019_crosswalk.csv", ",", lambda r: r[2] in CODES)
    old = {r[0][:7] for r in soc2010}
    select("aioe/aioe_by_soc2010.csv", ",", lambda r: r[0] in old)
    select("aioe/language_modeling_aioe_by_soc2010.csv", ",", lambda r: r[0] in old)
    select("microsoft-working-with-ai/soc_ai_applicability_scores.csv", ",", lambda r: r[0] in SOCS)
    links = select("microsoft-working-with-ai/soc_to_iwas.csv", ",", lambda r: r[0] in SOCS)
    iwas = {r[1] for r in links}
    select("microsoft-working-with-ai/iwa_metrics.csv", ",", lambda r: r[0] in iwas)

    os.makedirs(os.path.join(DST, "editorial", "tools"), exist_ok=True)
    shutil.copy(os.path.join(SRC, "editorial/tools/ai-tools.json"), os.path.join(DST, "editorial/tools/ai-tools.json"))
    for code in EDITORIAL:
        shutil.copy(os.path.join(SRC, "editorial", code + ".json"), os.path.join(DST, "editorial", code + ".json"))
    with open(os.path.join(SRC, "search/synonyms.json"), encoding="utf-8") as f:
        synonyms = json.load(f)
    entries = []
    for e in synonyms["entries"]:
        codes = [c for c in e["codes"] if c in CODES]
        if codes:
            entries.append({**e, "codes": codes})
    synonyms["entries"] = entries
    os.makedirs(os.path.join(DST, "search"), exist_ok=True)
    with open(os.path.join(DST, "search/synonyms.json"), "w", encoding="utf-8") as f:
        json.dump(synonyms, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(DST, "PROVENANCE.md"), "w", encoding="utf-8") as f:
        f.write("# Fixture dataset\n\nA subset of the repository's data/ (see its PROVENANCE.md for sources and licences), "
                "made by ../make-fixture.py for the dataset builder's tests.\n")


if __name__ == "__main__":
    main()
