# The shipped tagger's misread training entries: gold -> got, and the error rate by kind and by length.
# Run: python3 misread.py DIR (DIR as written by scripts/tagger/entryReadings.ts).
import json, sys, random, collections
d=sys.argv[1]
for lang in ['en','de']:
    D=json.load(open(f'{d}/{lang}.json')); C=json.load(open(f'{d}/ctx-{lang}.json'))
    bad=[e for e in D if e['shipped']!=e['gold']]
    print(f'\n{lang}: {len(bad)} of {len(D)} misread ({100*len(bad)/len(D):.1f} %)')
    conf=collections.Counter((e['gold'],e['shipped']) for e in bad)
    gold=collections.Counter(e['gold'] for e in D)
    print('  gold counts', dict(gold))
    for (g,p),n in conf.most_common(): print(f'  {g:9s} -> {p:9s} {n:4d}  ({100*n/len(bad):.1f} % of errors)')
    # by kind
    kinds=collections.Counter(e['kind'] for e in bad); allk=collections.Counter(e['kind'] for e in D)
    print('  error rate by kind', {k: f'{kinds[k]}/{allk[k]} {100*kinds[k]/allk[k]:.1f} %' for k in allk})
    # by length
    def band(n): return '1-5' if n<=5 else '6-10' if n<=10 else '11-20' if n<=20 else '21+'
    bl=collections.Counter(band(len(e['s'])) for e in bad); ba=collections.Counter(band(len(e['s'])) for e in D)
    print('  error rate by lines', {k: f'{bl[k]}/{ba[k]} {100*bl[k]/ba[k]:.1f} %' for k in ['1-5','6-10','11-20','21+']})
    # tagger share of why vs gold
    print('  misread with tagger why share (of read sides) in [0.25,0.75]:', sum(1 for e in bad if not e['unclearByShares'] and 0.25<=e['readWhy']<=0.75), 'of', len(bad))
    # By the readers' traps: how many of each trap's entries are misread, and the nice leader's gold labels.
    for trap in ['nice-leader-no-follow-through','taskmaster-manager','micromanaging-leader','visionless-manager']:
        a=[e for e in D if trap in e['goldTraps']]; b=[e for e in bad if trap in e['goldTraps']]
        print(f'  readers\' trap {trap}: {len(b)}/{len(a)} misread ({100*len(b)/max(1,len(a)):.1f} %)', collections.Counter((e['gold'],e['shipped']) for e in b).most_common(4))
    nt=[e for e in D if not e['goldTraps']]; nb=[e for e in bad if not e['goldTraps']]
    print(f'  no readers\' trap: {len(nb)}/{len(nt)} misread ({100*len(nb)/len(nt):.1f} %)')
    nl=[e for e in D if 'nice-leader-no-follow-through' in e['goldTraps']]
    print('  nice leader\'s entries, gold labels', dict(collections.Counter(e['gold'] for e in nl)))
    for g in ['balanced','how','why']:
        xs=sorted(e['readWhy'] for e in nl if e['gold']==g)
        if xs: print(f'    gold {g} ({len(xs)}): tagger why share quartiles {xs[len(xs)//4]} {xs[len(xs)//2]} {xs[3*len(xs)//4]}')
