# Misread entries that carry readers' line labels: does the share rule on the readers' lines give the gold?
import json, sys, collections
d=sys.argv[1]
MAN={'visionless-manager','taskmaster-manager'}
def share_label(labels, traps):
    nw=labels.count('why'); nh=labels.count('how')
    if nw+nh==0: return 'unclear'
    s=round(nw/(nw+nh),2)
    if 0.35<=s<=0.5 and any(t in MAN for t in traps): return 'how'
    return 'why' if s>0.65 else 'how' if s<0.35 else 'balanced'
M={'why':'why','how':'how','unclear':'none'}
for lang in ['en','de']:
    D=json.load(open(f'{d}/{lang}.json')); C=json.load(open(f'{d}/ctx-{lang}.json'))
    sub=[e for e in D if e['id'] in C]
    aligned=sum(1 for e in sub if [l['text'] for l in C[e['id']]]==e['t'])
    print(f'\n{lang}: {len(sub)} entries with line labels; tagger split the same as the labelled lines in {aligned}')
    agree=tot=argmax=held=0; cm=collections.Counter()
    for e in sub:
        if [l['text'] for l in C[e['id']]]!=e['t']: continue
        for l,x in zip(C[e['id']],e['s']):
            if l['gold'] is None: continue
            tot+=1; agree+= M[x[0]]==l['gold']; cm[(l['gold'],M[x[0]])]+=1
            am='why' if x[1]>=x[2] and x[1]>=1-x[1]-x[2] else 'how' if x[2]>=1-x[1]-x[2] else 'none'
            argmax+= am==l['gold']; held+= l['gold']=='how' and M[x[0]]=='none' and am=='how'
    print(f'  tagger line readings vs readers (aligned entries, agreed lines): {agree}/{tot} {100*agree/tot:.1f} %', {f'{a}->{b}':n for (a,b),n in sorted(cm.items()) if a!=b})
    print(f'  the most likely side of each line (why, how, 1 - why - how) instead of its label: {argmax}/{tot} {100*argmax/tot:.1f} %; how lines whose most likely side is how but labelled none: {held}')
    bad=[e for e in sub if e['shipped']!=e['gold']]
    cat=collections.Counter()
    for e in bad:
        L=[l['gold'] for l in C[e['id']] if l['gold'] is not None]
        o=share_label(L, e['traps'])
        cat['readers\' lines give the gold by the share rule (sentence readings the limit)' if o==e['gold'] else f'readers\' lines give {o}, not the gold {e["gold"]} (the entry judgement)']+=1
    print(f'  {len(bad)} misread of {len(sub)}:'); [print(f'    {n:3d} {k}') for k,n in cat.most_common()]
    # The nice leader's entries among them: the readers' why share of lines by the entry's gold label.
    for g in ['balanced','how','why']:
        xs=[]
        for e in sub:
            if e['gold']!=g or 'nice-leader-no-follow-through' not in e['goldTraps']: continue
            L=[l['gold'] for l in C[e['id']] if l['gold']]; nw=L.count('why'); nh=L.count('how')
            if nw+nh: xs.append(round(nw/(nw+nh),2))
        xs.sort()
        if xs: print(f'  nice leader\'s entries, gold {g} ({len(xs)}): readers\' why share of lines, median {xs[len(xs)//2]}, all {xs}')
