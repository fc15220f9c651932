/*
 * Copying a console example copies the code alone.
 *
 * The copy button of the theme copies the `data-copy` attribute of a code block when it has one,
 * and the block's visible text otherwise. For every block whose first line is a `>>>` prompt
 * (a `pycon` block, or a `python` block written as a doctest) this script sets `data-copy` to
 * the code without its prompts and without the outputs, so that the copied text runs when pasted
 * into a file or an interpreter. A blank line follows a statement that ends indented (the body
 * of a `for`, `with` or `def`), which the interactive interpreter needs to close it.
 */
(function () {
  "use strict";

  var PROMPT = /^>>>( |$)/;
  var CONTINUATION = /^\.\.\.( |$)/;

  /* The code of a console session: prompts removed, outputs dropped. */
  function consoleCode(text) {
    var code = [];
    var statement = null;
    function close() {
      if (statement !== null && statement.length > 1 && /^\s/.test(statement[statement.length - 1])) {
        statement.push("");
      }
      if (statement !== null) {
        code.push.apply(code, statement);
      }
      statement = null;
    }
    text.split("\n").forEach(function (line) {
      if (PROMPT.test(line)) {
        close();
        statement = [line.slice(4)];
      } else if (statement !== null && CONTINUATION.test(line)) {
        statement.push(line.slice(4));
      } else {
        close();
      }
    });
    close();
    while (code.length && code[code.length - 1] === "") {
      code.pop();
    }
    return code.join("\n");
  }

  /* Mark every console block under `root` with the text its copy button copies. */
  function markConsoleBlocks(root) {
    var marked = 0;
    root.querySelectorAll(".highlight pre > code").forEach(function (block) {
      var text = block.textContent;
      if (PROMPT.test(text.replace(/^\s*\n/, ""))) {
        block.setAttribute("data-copy", consoleCode(text));
        marked += 1;
      }
    });
    return marked;
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { consoleCode: consoleCode, markConsoleBlocks: markConsoleBlocks };
  } else if (typeof document$ === "object" && document$ !== null) {
    // The theme's observable of page loads, instant navigation included.
    document$.subscribe(function () {
      markConsoleBlocks(document);
    });
  } else {
    document.addEventListener("DOMContentLoaded", function () {
      markConsoleBlocks(document);
    });
  }
})();
