import { describe, expect, test } from 'vitest';
import rehypeEmbeds, { type EmbedsOptions } from './rehype-embeds.ts';
import { transformHtml, transformHtmlToString } from './test-helpers.ts';

const run = (html: string, options?: EmbedsOptions) => transformHtmlToString(html, [rehypeEmbeds, options]);

describe('rehypeEmbeds', () => {
  test('leaves other elements alone', () => {
    expect(run('<p><img src="/a.png" width="1"><a href="/v.mp4">v</a></p>')).toBe('<p><img src="/a.png" width="1"><a href="/v.mp4">v</a></p>');
  });

  test('removes an iframe whose src is not https and tells the editor', () => {
    const result = transformHtml(
      '<p>a</p><iframe src="http://player.vimeo.com/video/1"></iframe><iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<b>x</b>"></iframe><p>b</p>',
      rehypeEmbeds,
    );
    expect(result.html).toBe('<p>a</p><p>b</p>');
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "iframe-src-not-https: Expected an iframe with an https \`src\`, found "http://player.vimeo.com/video/1". The iframe was removed; link to the page instead. @ 1:9",
        "iframe-src-not-https: Expected an iframe with an https \`src\`, found "javascript:alert(1)". The iframe was removed; link to the page instead. @ 1:64",
        "iframe-src-not-https: Expected an iframe with an https \`src\`, found "". The iframe was removed; link to the page instead. @ 1:107",
      ]
    `);
  });

  test('makes a YouTube iframe lazy and full-screen capable, in its own origin (its player reads its cookies)', () => {
    expect(
      run('<iframe id="ytplayer" type="text/html" width="640" height="360" src="https://youtube.com/embed/W3QkO8fy3tg" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>'),
    ).toBe(
      '<iframe src="https://youtube.com/embed/W3QkO8fy3tg" width="640" height="360" class="embed-ratio-16-9" title="嵌入内容（youtube.com）" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
    );
  });

  test('upgrades a protocol-relative iframe to https and keeps its title', () => {
    expect(run('<iframe src="//player.bilibili.com/player.html?bvid=BV1" title="预告" width="100%"></iframe>')).toBe(
      '<iframe src="https://player.bilibili.com/player.html?bvid=BV1" class="embed-ratio-16-9" title="预告" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
    );
  });

  test('sandboxes every iframe but those of the video players, and never with both allow-scripts and allow-same-origin', () => {
    const sandbox = 'allow-scripts allow-presentation allow-popups allow-popups-to-escape-sandbox';
    const players = ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'player.bilibili.com', 'v.qq.com'];
    // Hosts that only look like a player's: its name inside another domain, before it, in the path or the user name.
    const lookalikes = players.flatMap((host) => [`${host}.example.net`, `example.com/${host}`, `${host}@example.com`, `example.com?${host}`]);
    const neighbours = ['notyoutube.com', 'youtube.com-nocookie.com', 'notplayer.vimeo.com', 'player-bilibili.com', 'xv.qq.com'];
    const others = ['vimeo.com', 'bilibili.com', 'qq.com', 'a.example', 'clippings.example.com', ...lookalikes, ...neighbours];
    for (const host of [...players, ...others]) {
      for (const asked of ['', ' sandbox="allow-same-origin allow-scripts allow-top-navigation"']) {
        const html = run(`<iframe src="https://${host}/embed/1"${asked}></iframe>`);
        expect(html, host).not.toMatch(/allow-same-origin|allow-top-navigation/);
        if (players.includes(host)) expect(html, host).not.toContain('sandbox');
        else expect(html, host).toContain(`sandbox="${sandbox}"`);
      }
    }
    expect(run('<iframe src="https://a.example/e"></iframe>', { players: ['a.example'] })).not.toContain('sandbox');
    expect(run('<iframe src="https://www.youtube.com/embed/1"></iframe>', { players: [] })).toContain(`sandbox="${sandbox}"`);
  });

  test('removes an iframe whose https URL does not parse', () => {
    expect(run('<iframe src="https://[not-a-host/x"></iframe><p>a</p>')).toBe('<p>a</p>');
  });

  test('gives every iframe the shape nearest to its width and height, 16:9 without them', () => {
    let seed = 5;
    const next = (max: number) => 1 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % max);
    const shapes = [[16, 9], [21, 9], [4, 3], [1, 1], [3, 4], [9, 16]] as const;
    for (let i = 0; i < 300; i++) {
      const [width, height] = [next(2000), next(2000)];
      const html = run(`<iframe src="https://a.example/e" width="${width}" height="${height}"></iframe>`);
      const [, w, h] = /class="embed-ratio-(\d+)-(\d+)"/.exec(html)!.map(Number);
      const distance = (shape: readonly [number, number]) => Math.abs(Math.log(shape[0] / shape[1]) - Math.log(width / height));
      expect(distance([w!, h!]), `${width}×${height}`).toBeCloseTo(Math.min(...shapes.map(distance)), 10);
    }
    expect(run('<iframe src="https://a.example/e" width="100%"></iframe>')).toContain('class="embed-ratio-16-9"');
  });

  test('gives a video controls and no preload, and drops autoplay and stray attributes', () => {
    expect(
      run('<video width="100%" controls="controls" height="360" source src="http://player.vimeo.com/external/1.hd.mp4?s=4&profile_id=174" type="video/mp4" autoplay muted loop></video>'),
    ).toBe('<video src="http://player.vimeo.com/external/1.hd.mp4?s=4&#x26;profile_id=174" height="360" controls preload="none"></video>');
  });

  test('keeps src and type of source children and drops unsafe ones', () => {
    expect(run('<video poster="//a/p.jpg" autoplay><source src="https://a/v.webm" type="video/webm" onerror="x()"><source src="javascript:x()"><source src="">无法播放</video>')).toBe(
      '<video poster="https://a/p.jpg" controls preload="none"><source src="https://a/v.webm" type="video/webm">无法播放</video>',
    );
  });

  test('removes a video without any usable source and tells the editor', () => {
    const result = transformHtml('<video src="data:video/mp4;base64,AAAA" autoplay></video>', rehypeEmbeds);
    expect(result.html).toBe('');
    expect(transformHtmlToString('<video src=""><source src=""></video>', rehypeEmbeds)).toBe('');
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "video-src-missing: Expected a video with an http(s) \`src\` or \`<source>\`, found none. The video was removed; fix its URL in the source. @ 1:1",
      ]
    `);
  });
});
