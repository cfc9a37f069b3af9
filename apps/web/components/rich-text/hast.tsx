import type { ReactNode } from "react";
import type { HastRoot } from "./highlighter";

type HastNode = HastRoot["children"][number];

/**
 * lowlight's output as React elements: text, and spans carrying their hljs-* classes. Built node by
 * node (never innerHTML), so a code block's text is only ever text, whatever a teacher or an imported
 * file put in it. lowlight makes nothing but spans; anything else it might add is rendered as its text.
 */
export function renderHast(root: HastRoot): ReactNode[] {
  return root.children.map((node, i) => renderNode(node, i));
}

function renderNode(node: HastNode, key: number): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return null;
  const children = node.children.map((child, i) => renderNode(child, i));
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.filter((c): c is string => typeof c === "string" && c.startsWith("hljs-")).join(" ") : "";
  return (
    <span key={key} className={classes || undefined}>
      {children}
    </span>
  );
}
