// embed.html, the old iframe address (?mal=3&aktor=kommun&rubrik=nej), moves to
// the frame page of that view (inbaddad/utan-rubrik/mal/3/?aktor=kommun) before
// anything is drawn: a classic script in the page's head, from our own origin
// (no inline script, for hosts with a strict CSP). Every name and path comes from
// the map the page carries (src/prerender.rs frame_map, from src/route.rs); the
// choice mirrors route::from_embed_attrs: a known vy wins, then mal (one that
// names no goal is the not-found view), vy=mal alone is goal 1, else the overview.
(function () {
  var script = document.currentScript;
  var data = document.getElementById('strategi-ram');
  var map;
  try { map = JSON.parse(data.textContent); } catch (_) { return; }
  var q = new URLSearchParams(location.search);
  var get = function (name) { var v = q.get(map.params[name]); return v === null ? null : v.trim(); };
  var own = function (table, key) {
    return key !== null && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
  };
  var view = get('view');
  var goal = get('goal');
  var to = own(map.views, view) ||
    (goal !== null ? own(map.goals, goal) || map.missing : null) ||
    (view === map.goalView ? map.firstGoal : map.overview);
  var actors = q.get(map.params.actors);
  var url = map.folders[get('heading') === map.hidden ? 1 : 0] + to.path +
    (to.filter && actors ? '?' + map.params.actors + '=' + encodeURIComponent(actors).replace(/%2C/g, ',') : '');
  location.replace(new URL(url, script.src).href);
})();
