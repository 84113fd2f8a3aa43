import json,sys,glob,re
for g in sorted(glob.glob('/work/wt-heldout105/tests/heldout105/*.gold.json')):
    t=open(g.replace('.gold.json','.txt'),encoding='utf-8').read()
    d=json.load(open(g,encoding='utf-8'))
    assert d['lang'] in('fr','en')
    pos=0; kinds={}
    for q in d['quotes']:
        i=t.find(q['text'],pos)
        if i<0: print('MISSING',g,q['text'][:60]); continue
        pos=i+1; kinds[q['kind']]=kinds.get(q['kind'],0)+1
    n=len(re.findall('[«“]',t))+t.count('"')//2
    print(g.split('/')[-1],len(t.split()),'words',len(d['quotes']),'entries',kinds,'openmarks~',n)
