import {unified} from 'unified';
import rehypeParse from 'rehype-parse';
import {h} from 'hastscript';
const p = unified().use(rehypeParse, {fragment: true});
const t = p.parse('<p label="图片描述" classname="img-desc" class="img-desc">x</p><img fetchpriority="high" referrerpolicy="no-referrer" loading="lazy" decoding="async" data-img-size-val="1,2" data-1="x" contenteditable spellcheck="false" powered-by="xiumi.us" mpa-from-tpl="t" _src="x" alt><video width="100%" controls="controls" source src="http://x"></video><iframe allowfullscreen sandbox="allow-scripts allow-popups" src="https://a" frameborder=0 webkitallowfullscreen></iframe><span style="a: "Segoe UI", "b"">x</span>');
console.log(JSON.stringify(t.children.map(c => c.properties)));
console.log(JSON.stringify(h('img', {fetchPriority: 'high', referrerPolicy: 'x'}).properties));
