# Step 2.2: a seeded sample of 20 misread training entries per language, printed line by line with the
# tagger's reading (label, p(why), p(how)) and, where the entry carries them, the readers' line labels.
import json, sys, random
d=sys.argv[1]; lang=sys.argv[2]; k=int(sys.argv[3]) if len(sys.argv)>3 else 20
D=json.load(open(f'{d}/{lang}.json')); C=json.load(open(f'{d}/ctx-{lang}.json'))
bad=[e for e in D if e['shipped']!=e['gold']]
random.seed(42); pick=sorted(random.sample(bad,k), key=lambda e:e['id'])
A={'why':'W','how':'H','unclear':'-','none':'-',None:'?'}
for e in pick:
    c=C.get(e['id'])
    print(f"=== {e['id']} [{e['kind']}] gold {e['gold']} got {e['shipped']} | why share {e['readWhy']} | traps {e['traps']} gold traps {e['goldTraps']}{' | CTX' if c else ''}")
    for i,(x,t) in enumerate(zip(e['s'],e['t'])):
        r=f" R:{A[c[i]['gold']] if c[i]['gold'] else (A.get(c[i]['a'],'?')+'/'+A.get(c[i]['b'],'?'))}" if c else ''
        print(f"  {A[x[0]]} {x[1]:.2f} {x[2]:.2f}{r} | {t[:150]}")
