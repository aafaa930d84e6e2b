# Numpy replica of scripts/trainEntryModel.ts's fit (softmax regression on standardised features,
# L2 0.001, 3000 epochs, rate 0.5), leave one writer out, over the readings scripts/tagger/entryReadings.ts writes to DIR.
# Run: python3 rep.py DIR [EPOCHS]; writes DIR/lowo-<lang>.npy (the other scripts here read it). Needs numpy.
# Features as entryFeatures (19). The decision as tagger.ts labelOf: unclear by shares first; the model
# (unclear only where modelMayCallUnclear); how/why no sentence is labelled -> share rule; balanced + trap rule -> how.
import json, math, sys, numpy as np
TRAPS=['micromanaging-leader','visionless-manager','nice-leader-no-follow-through','taskmaster-manager']
CL=['why','how','balanced','unclear']
SURE=0.8
def feats(s, traps):
    n=max(1,len(s))
    why=sum(x[1] for x in s); how=sum(x[2] for x in s)
    ws=sum(x[0]=='why' for x in s); hs=sum(x[0]=='how' for x in s); us=sum(x[0]=='unclear' for x in s)
    sw=sum(x[1]>SURE for x in s); sh=sum(x[2]>SURE for x in s)
    f=[why/(why+how) if why+how>0 else .5,(why+how)/n,why/n,how/n,ws/n,hs/n,us/n,math.log1p(ws),math.log1p(hs),math.log1p(us),sw/n,sh/n,math.log1p(len(s)),
       max([x[1] for x in s],default=0),max([x[2] for x in s],default=0)]
    return f+[1.0 if t in traps else 0.0 for t in TRAPS]
def fit(X,y,L2=0.001,epochs=3000,rate=0.5):
    mu=X.mean(0); sd=X.std(0); sd[sd==0]=1
    Z=(X-mu)/sd; n,d=Z.shape; W=np.zeros((4,d)); b=np.zeros(4); Y=np.eye(4)[y]
    for _ in range(epochs):
        S=Z@W.T+b; S-=S.max(1,keepdims=True); P=np.exp(S); P/=P.sum(1,keepdims=True)
        E=P-Y; W-=rate*(E.T@Z/n+L2*W); b-=rate*E.sum(0)/n
    Wr=W/sd; return Wr, b-Wr@mu
def decide(e, score, anyrule=True):
    if e['unclearByShares']: return 'unclear'
    s=score.copy()
    if not e['may']: s[3]=-1e9
    p=CL[int(np.argmax(s))]
    if anyrule and p in ('why','how') and not any(x[0]==p for x in e['s']): return e['shares']
    if p=='balanced' and e['trapHow']: return 'how'
    return p
def lowo(D, X, epochs=3000):
    y=np.array([CL.index(e['gold']) for e in D]); S=np.zeros((len(D),4))
    for w in sorted(set(e['writer'] for e in D)):
        tr=np.array([e['writer']!=w for e in D]); W,b=fit(X[tr],y[tr],epochs=epochs)
        S[~tr]=X[~tr]@W.T+b
    return S
if __name__=='__main__':
    d=sys.argv[1]
    ep=int(sys.argv[2]) if len(sys.argv)>2 else 3000
    for lang in ['en','de']:
        D=json.load(open(f'{d}/{lang}.json'))
        X=np.array([feats(e['s'],e['traps']) for e in D]); S=lowo(D,X,ep)
        np.save(f'{d}/lowo-{lang}.npy',S)
        r1=sum(decide(e,s,True)==e['gold'] for e,s in zip(D,S)); r0=sum(decide(e,s,False)==e['gold'] for e,s in zip(D,S))
        sh=sum(e['shares']==e['gold'] for e in D); shipped=sum(e['shipped']==e['gold'] for e in D)
        print(f'{lang}: {len(D)} entries; LOWO (replica, {ep} epochs) {100*r0/len(D):.1f} % as 251a71f measured it, {100*r1/len(D):.1f} % with labelOf\'s side rule; share rule {100*sh/len(D):.1f} %; shipped tagger {100*shipped/len(D):.1f} %', flush=True)
