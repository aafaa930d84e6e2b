# Which line misreadings cost the entry label: on the entries with readers' line labels, the tagger's
# readings with one kind of misread line (readers' label -> tagger's label) set to the readers' label
# (probability 1 for its side), everything else the tagger's; the model fitted LOWO on these entries.
# Run: python3 mixed.py DIR [EPOCHS] (DIR as written by scripts/tagger/entryReadings.ts).
import json, sys, numpy as np
import rep
from oracle import lowo_acc
M={'why':'why','how':'how','unclear':'none'}; ROW={'why':['why',1.0,0.0],'how':['how',0.0,1.0],'none':['unclear',0.0,0.0]}
MAN={'visionless-manager','taskmaster-manager'}
def entry(e, lines, fix):
    s=[ROW[l['gold']] if l['gold'] and (l['gold'],M[x[0]]) in fix else x for l,x in zip(lines,e['s'])]
    # the shares as tagger.ts reads them (probability masses), the faint rule left out
    w=sum(x[1] for x in s); h=sum(x[2] for x in s)
    share=round(w/(w+h),2) if w+h else 0
    unclear=e['unclearByShares'] if not fix else (w+h==0 or ((w+h)/len(s)<0.65 and max([max(x[1],x[2]) for x in s if x[0]!='unclear'],default=0)<0.95))
    trapHow=(not unclear) and 0.35<=share<=0.5 and any(t in MAN for t in e['traps'])
    nh=sum(x[0]=='how' for x in s); may=len(s)>=4 and not any(x[0]=='why' and x[1]>=0.5 for x in s) and nh*4>=len(s)
    return dict(e, s=s, unclearByShares=unclear, trapHow=trapHow, may=may)
if __name__=='__main__':
    d=sys.argv[1]; ep=int(sys.argv[2]) if len(sys.argv)>2 else 3000
    kinds=[('how','why'),('why','how'),('how','none'),('why','none'),('none','how'),('none','why')]
    for lang in ['en','de']:
        D=json.load(open(f'{d}/{lang}.json')); C=json.load(open(f'{d}/ctx-{lang}.json'))
        sub=[e for e in D if e['id'] in C]
        base,_=lowo_acc([entry(e,C[e['id']],set()) for e in sub], ep)
        print(f'{lang}: {len(sub)} entries; tagger readings {100*base:.1f} %', flush=True)
        for k in kinds:
            n=sum(1 for e in sub for l,x in zip(C[e['id']],e['s']) if l['gold'] and (l['gold'],M[x[0]])==k)
            acc,_=lowo_acc([entry(e,C[e['id']],{k}) for e in sub], ep)
            print(f'  lines the readers call {k[0]} read {k[1]} ({n}) set right: {100*acc:.1f} %', flush=True)
        acc,_=lowo_acc([entry(e,C[e['id']],set(kinds)) for e in sub], ep)
        print(f'  all set right: {100*acc:.1f} %', flush=True)
