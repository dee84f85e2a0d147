import csv, io
text = 'name,qty,note\r\napple,3,"red, crunchy"\r\n"pear",10,"says ""hi"""\r\n\r\nplum,,"multi\nline"\r\nlast,1,end'
r = csv.reader(io.StringIO(text, newline="") if False else io.StringIO(text))
rows = list(r)
print(rows, r.line_num)
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")), list(csv.reader(['a, "b", c'], skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["a\tb"], dialect="excel-tab")), list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(["x,y\n", "1,2\n"])), list(csv.reader([""])), list(csv.reader(['"unterminated'])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'say "x"', None, 3, 2.5, "line\nbreak", ""]))
w.writerows([[1, 2], [""], [" lead", "tab\t"]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_MINIMAL):
    o = io.StringIO()
    try:
        csv.writer(o, quoting=q, escapechar="\\" if q == csv.QUOTE_NONE else None).writerow(["a", 1, 2.0, "b,c", 'q"'])
    except csv.Error as e:
        print("Error", e)
    print(q, repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, dialect="unix").writerow(["u", 1])
csv.writer(o, lineterminator="\n", delimiter="|").writerow(["p|q", "r"])
print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
dr = csv.DictReader(io.StringIO("id,name\n1,ann\n2,bob,extra\n3\n"))
rows = list(dr)
print(dr.fieldnames, [sorted(r.items(), key=lambda kv: str(kv[0])) for r in rows])
dr2 = csv.DictReader(io.StringIO("1,2\n"), fieldnames=["a", "b"], restval="?")
print([sorted(r.items()) for r in dr2])
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name", "score"], restval="n/a")
dw.writeheader()
dw.writerow({"id": 1, "name": "x, y", "score": 9.5})
dw.writerows([{"id": 2, "name": "z"}])
print(repr(o.getvalue()))
try:
    dw.writerow({"id": 3, "bad": 1})
except ValueError as e:
    print("ValueError", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
o = io.StringIO()
csv.writer(o, "pipes").writerow(["a", "b"])
print(repr(o.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error", e)
