# csv: reader, writer, DictReader, DictWriter over io.StringIO, quoting, dialects (issue 14).
## case reader
import csv, io
data = 'name,age,city\nada,36,"London, UK"\nbob,25,"Say ""hi"""\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
## case writer
import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["a", "b,c", 'd"e', 1, 2.5, None])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(buf.getvalue()))
## case dictreader
import csv, io
r = csv.DictReader(io.StringIO("id,name\n1,ada\n2,bob\n"))
rows = list(r)
print(r.fieldnames, rows, rows[0]["name"])
## case dictwriter
import csv, io
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name"], extrasaction="ignore")
w.writeheader()
w.writerow({"id": 1, "name": "ada", "x": 0})
w.writerows([{"id": 2, "name": "bob"}, {"id": 3}])
print(buf.getvalue(), end="")
## case quoting
import csv, io
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_ALL).writerow(["a", 1])
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5])
csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(["a b", "c,d"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO('"a",1,2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
## case delimiter-and-tsv
import csv, io
print(list(csv.reader(io.StringIO("a\tb\n1\t2\n"), delimiter="\t")), list(csv.reader(io.StringIO("a;b\n"), delimiter=";")))
buf = io.StringIO()
csv.writer(buf, dialect="excel-tab").writerow(["x", "y"])
print(repr(buf.getvalue()))
## case reader-from-list-and-line-num
import csv
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, list(r))
## case empty-fields-and-whitespace
import csv, io
print(list(csv.reader(io.StringIO(',,\n a , b \n\n"",x\n'))), list(csv.reader(io.StringIO("a, b\n"), skipinitialspace=True)))
## case sum-column
import csv, io
data = "item,qty,price\npen,2,1.50\nink,1,7.25\npad,3,2.00\n"
total = sum(int(r["qty"]) * float(r["price"]) for r in csv.DictReader(io.StringIO(data)))
print(f"{total:.2f}")
