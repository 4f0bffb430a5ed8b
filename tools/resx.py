#!/usr/bin/env python3
"""Adds or updates entries in a .resx file: tools/resx.py FILE 'key' 'value' ['key' 'value' ...].

Keys are the Italian texts used in code and views; values are their translation."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def main() -> None:
    path = Path(sys.argv[1])
    pairs = sys.argv[2:]
    if len(pairs) % 2:
        sys.exit("keys and values must come in pairs")
    if not path.exists():
        path.write_text(HEADER, encoding="utf-8")
    tree = ET.parse(path)
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for key, value in zip(pairs[::2], pairs[1::2]):
        node = existing.get(key)
        if node is None:
            node = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
            ET.SubElement(node, "value")
            existing[key] = node
        node.find("value").text = value
    lowered = {}
    for name in existing:
        other = lowered.setdefault(name.lower(), name)
        if other != name:
            sys.exit(f"'{name}' and '{other}' differ only in case: .resx names are case-insensitive")
    ET.indent(tree, space="  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")


if __name__ == "__main__":
    main()
