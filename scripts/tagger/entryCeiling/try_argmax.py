# Step 2.3 try: the entry model's sentence counts (why-, how-, unclear-sentences, their logs) taken from
# the argmax of each line's side probabilities (why, how, 1 - why - how) instead of the tagger's label
# (which the shown-cue rule holds back to unclear); everything else as rep.py. LOWO, same folds.
import json, sys, numpy as np
import rep
def relabel(s):
    out=[]
    for lab,w,h in s:
        n=1-w-h; am='why' if w>=h and w>=n else 'how' if h>=n else 'unclear'
        out.append([am,w,h])
    return out
d=sys.argv[1]; mode=sys.argv[2] if len(sys.argv)>2 else 'replace'
for lang in ['en','de']:
    D=json.load(open(f'{d}/{lang}.json'))
    if mode=='replace':
        X=np.array([rep.feats(relabel(e['s']),e['traps']) for e in D])
    else:  # add the argmax counts as extra features
        X=np.array([rep.feats(e['s'],e['traps'])+rep.feats(relabel(e['s']),e['traps'])[4:10] for e in D])
    S=rep.lowo(D,X,3000)
    base=np.load(f'{d}/lowo-{lang}.npy')
    r=sum(rep.decide(e,s,False)==e['gold'] for e,s in zip(D,S)); r0=sum(rep.decide(e,s,False)==e['gold'] for e,s in zip(D,base))
    print(f'{lang} ({mode}): LOWO {100*r/len(D):.1f} % against {100*r0/len(D):.1f} % (the retrain\'s features), {len(D)} entries', flush=True)
