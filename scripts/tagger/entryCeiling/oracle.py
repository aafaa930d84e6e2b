# The oracle (issue #12 step 2.1): for training entries whose lines carry readers' labels
# (corpus/<lang>/train/<lang>-ctxN, the entry's id + -sNN), the entry features computed from those labels
# (probability 1 for the label's side, none -> neither) instead of the tagger's readings; the same model
# (rep.py's replica of trainEntryModel's fit) fitted leave one writer out on these entries; entry accuracy.
# Compared on the same entries with the tagger's readings fitted the same way (same entries, same folds).
import json, sys, numpy as np
from rep import feats, fit, CL, TRAPS
MANAGING={'visionless-manager','taskmaster-manager'}
def oracle_entry(e, lines, traps, pick):
    s=[]
    for l in lines:
        g=pick(l)
        if g is None: continue
        s.append({'why':['why',1.0,0.0],'how':['how',0.0,1.0],'none':['unclear',0.0,0.0]}[g])
    nw=sum(x[0]=='why' for x in s); nh=sum(x[0]=='how' for x in s)
    share=round(nw/(nw+nh),2) if nw+nh else 0
    unclear=nw+nh==0
    trapHow=(not unclear) and 0.35<=share<=0.5 and any(t in MANAGING for t in traps)
    may=len(s)>=4 and nw==0 and nh*4>=len(s)
    shares='unclear' if unclear else 'how' if trapHow else 'why' if share>0.65 else 'how' if share<0.35 else 'balanced'
    return dict(e, s=s, traps=traps, unclearByShares=unclear, trapHow=trapHow, may=may, shares=shares)
def decide(e, score):
    if e['unclearByShares']: return 'unclear'
    sc=score.copy()
    if not e['may']: sc[3]=-1e9
    p=CL[int(np.argmax(sc))]
    if p=='balanced' and e['trapHow']: return 'how'
    return p
def lowo_acc(D, epochs):
    X=np.array([feats(e['s'],e['traps']) for e in D]); y=np.array([CL.index(e['gold']) for e in D])
    P=[None]*len(D)
    for w in sorted(set(e['writer'] for e in D)):
        tr=np.array([e['writer']!=w for e in D]); W,b=fit(X[tr],y[tr],epochs=epochs)
        for i in np.where(~tr)[0]: P[i]=decide(D[i], X[i]@W.T+b)
    return sum(p==e['gold'] for p,e in zip(P,D))/len(D), P
if __name__=='__main__':
    d=sys.argv[1]; ep=int(sys.argv[2]) if len(sys.argv)>2 else 3000
    out={}
    for lang in ['en','de']:
        D=json.load(open(f'{d}/{lang}.json')); C=json.load(open(f'{d}/ctx-{lang}.json'))
        full=np.load(f'{d}/lowo-{lang}.npy')
        idx=[i for i,e in enumerate(D) if e['id'] in C]; sub=[D[i] for i in idx]
        print(f'{lang}: {len(sub)} of {len(D)} training entries have readers\' line labels ({sum(len(C[e["id"]]) for e in sub)} lines, {sum(l["gold"] is not None for e in sub for l in C[e["id"]])} agreed); {len(set(e["writer"] for e in sub))} writers', flush=True)
        from rep import decide as rdecide
        full_acc=sum(rdecide(D[i],full[i],False)==D[i]['gold'] for i in idx)/len(idx)
        shipped=sum(e['shipped']==e['gold'] for e in sub)/len(sub)
        base,_=lowo_acc(sub, ep)
        print(f'  tagger readings: shipped tagger {100*shipped:.1f} %; LOWO fitted on all {len(D)} {100*full_acc:.1f} %; LOWO fitted on these {len(sub)} {100*base:.1f} %', flush=True)
        variants={
          'oracle (agreed lines; tagger traps)': (lambda l: l['gold'], 'tagger'),
          'oracle (agreed lines; readers\' traps)': (lambda l: l['gold'], 'gold'),
          'oracle (disputed lines by reader A; tagger traps)': (lambda l: l['gold'] if l['gold'] else (l['a'] if l['a'] in ('why','how','none') else None), 'tagger'),
          'oracle (disputed lines by reader B; tagger traps)': (lambda l: l['gold'] if l['gold'] else (l['b'] if l['b'] in ('why','how','none') else None), 'tagger'),
        }
        for name,(pick,tr) in variants.items():
            O=[oracle_entry(e, C[e['id']], e['traps'] if tr=='tagger' else e['goldTraps'], pick) for e in sub]
            acc,P=lowo_acc(O, ep)
            sh=sum(o['shares']==o['gold'] for o in O)/len(O)
            conf={}
            for p,o in zip(P,O):
                if p!=o['gold']: conf[o['gold']+'>'+p]=conf.get(o['gold']+'>'+p,0)+1
            print(f'  {name}: LOWO {100*acc:.1f} %; share rule {100*sh:.1f} %; errors {sorted(conf.items(), key=lambda kv:-kv[1])}', flush=True)
            out[f'{lang}:{name}']=P
    json.dump(out, open(f'{d}/oracle-pred.json','w'))
