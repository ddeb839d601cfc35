// Measure pages: fill in the reader's access date in every citation, and add a copy button to
// each. The page works without this script: the citation then asks the reader to add the date.
const today = new Date();
const accessed = `（${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日閲覧）`;

for (const span of document.querySelectorAll(".citation [data-accessed]"))
  span.textContent = accessed;

if (navigator.clipboard) {
  for (const citation of document.querySelectorAll("p.citation")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "コピー";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(citation.textContent.trim());
        button.textContent = "コピーしました";
      } catch {
        button.textContent = "コピーできませんでした。文を選んでコピーしてください";
      }
    });
    citation.after(button);
  }
}
