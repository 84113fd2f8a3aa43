import json, sys, glob, re
tot = {}
ok = True
for g in sorted(glob.glob('*.gold.json')):
    t = open(g[:-10] + '.txt', encoding='utf-8').read()
    d = json.load(open(g, encoding='utf-8'))
    pos = 0
    for q in d['quotes']:
        assert q['kind'] in ('quote', 'title', 'term'), (g, q)
        assert set(q) <= {'text', 'speaker', 'kind', 'or'}, (g, q)
        i = t.find(q['text'], pos)
        if i < 0:
            ok = False
            print('MISSING', g, repr(q['text'][:60]), 'found anywhere:', t.find(q['text']))
        else:
            pos = i + len(q['text'])
        if q['speaker'] and q['kind'] == 'quote' and q['speaker'] not in t:
            print('SPEAKER NOT IN TEXT', g, q['speaker'])
    words = len(t.split())
    n = len(d['quotes'])
    tot[d['lang']] = tot.get(d['lang'], 0) + n
    print(f"{g}: {d['lang']} {n} quotes, {words} words")
print(tot, sum(tot.values()), 'OK' if ok else 'ERRORS')
