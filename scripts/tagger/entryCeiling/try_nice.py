# Step 2.3 try: the nice-leader trap's entries weighed apart: the trap feature times the sentence
# figures (why-share, why-mass, how-mass, why-sentences, how-sentences share), so the model may draw the
# balanced/how line elsewhere for them. Everything else as rep.py; LOWO, same folds.
import json, sys, numpy as np
import rep
d=sys.argv[1]
NL=rep.TRAPS.index('nice-leader-no-follow-through')
for lang in ['en','de']:
    D=json.load(open(f'{d}/{lang}.json'))
    F=[rep.feats(e['s'],e['traps']) for e in D]
    X=np.array([f+[f[15+NL]*f[i] for i in (0,2,3,4,5)] for f in F])
    S=rep.lowo(D,X,3000)
    np.save(f'{d}/lowo-nice-{lang}.npy',S)
    base=np.load(f'{d}/lowo-{lang}.npy')
    r=sum(rep.decide(e,s,False)==e['gold'] for e,s in zip(D,S)); r0=sum(rep.decide(e,s,False)==e['gold'] for e,s in zip(D,base))
    nl=[i for i,e in enumerate(D) if 'nice-leader-no-follow-through' in e['traps']]
    rn=sum(rep.decide(D[i],S[i],False)==D[i]['gold'] for i in nl); rn0=sum(rep.decide(D[i],base[i],False)==D[i]['gold'] for i in nl)
    print(f'{lang} (nice-leader interactions): LOWO {100*r/len(D):.1f} % against {100*r0/len(D):.1f} %; on the {len(nl)} entries the tagger finds the trap in {100*rn/len(nl):.1f} % against {100*rn0/len(nl):.1f} %', flush=True)
