// Source pages: mark the cited range of lines (?lines=4334-4459 or #L4334-L4459) and bring its
// first line into view. Without this script the #L4334 fragment still takes the reader there.
const range = (() => {
  const query = new URLSearchParams(location.search).get("lines");
  const m = /^(\d+)-(\d+)$/.exec(query ?? "") ?? /^#L(\d+)-L(\d+)$/.exec(location.hash);
  return m ? [Number(m[1]), Number(m[2])] : null;
})();

function mark([from, to]) {
  for (const el of document.querySelectorAll(".source-lines .in-range"))
    el.classList.remove("in-range");
  for (let n = from; n <= to && n - from < 20000; n++) {
    document.getElementById(`L${n}`)?.classList.add("in-range");
  }
  const first = document.getElementById(`L${from}`);
  // A plain #L4334 fragment has already scrolled; a range fragment or a bare query has not.
  if (first && location.hash !== `#L${from}`) first.scrollIntoView({ block: "start" });
}

if (range && range[0] <= range[1]) mark(range);
window.addEventListener("hashchange", () => {
  const m = /^#L(\d+)-L(\d+)$/.exec(location.hash);
  if (m) mark([Number(m[1]), Number(m[2])]);
});
