/**
 * Portuguese (Brazil and Portugal: "usuário" and "utilizador", "eletrônico" and "eletrónico"):
 * Gmail's localised texts and Brazilian providers' bounce guides.
 */
import type { Lexicon } from './types.ts';

const GMAIL =
  'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br';
const MICROSOFT =
  'https://learn.microsoft.com/pt-br/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const CLUBE =
  'http://www.clubedohardware.com.br/artigos/entendendo-mensagens-de-erro-de-e-mail/2831';
const NETBIT = 'https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php';
const BS2 = 'https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails';
const PSAFE = 'https://psafe.com/blog/por-que-o-e-mail-nao-chega';

export const PT: Lexicon = {
  language: 'pt',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'caixa( postal| de correio| de entrada| de e-?mail)?( do destinatário)? (está )?(cheia|lotada)',
        'caixa cheia',
        'cota (da caixa )?(excedida|esgotada)',
        '(está )?sem espaço de armazenamento',
      ],
      source: NETBIT,
      example: 'Mailbox is Full: a caixa postal do destinatário está cheia.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(usuário|utilizador) (desconhecido|inexistente|não existe)',
        'destinatário (desconhecido|inexistente|inválido)',
        'conta inexistente',
        'endereço (de e-?mail )?(não existe|inexistente|não encontrado)',
        'caixa postal não existe',
      ],
      source: CLUBE,
      example: 'Esta caixa postal não existe: usuário desconhecido',
    },
    {
      reason: 'hostunknown',
      forms: ['domínio (desconhecido|inexistente|não existe|não encontrado)'],
      source: BS2,
      example: 'O domínio não existe.',
    },
    {
      reason: 'vacation',
      forms: [
        'fora do escritório',
        'resposta automática',
        '(estou|estarei) (de férias|ausente|fora)',
        'de férias',
        'ausente (do escritório|até)',
        'mensagem de ausência',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Resposta automática: estou fora do escritório até segunda-feira.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(considerad|marcad|detectad|identificad|classificad)(a|o) como (spam|lixo eletrônico|e-mail indesejado)',
        'suspeita de spam',
      ],
      source: GMAIL,
      example: 'A mensagem foi marcada como spam.',
    },
    {
      reason: 'virusdetected',
      forms: ['contém (um )?vírus', 'vírus (detectado|encontrado)'],
      source: CLUBE,
      example: 'A mensagem contém um vírus e foi recusada.',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        'mensagem (é )?muito grande',
        'tamanho (máximo )?(da mensagem )?(excedido|ultrapassado)',
      ],
      source: CLUBE,
      example: 'A mensagem é muito grande para o servidor de destino.',
    },
    {
      reason: 'speeding',
      forms: ['muito rápido', 'limite de envio (atingido|excedido)'],
      source: GMAIL,
      example:
        'O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido.',
    },
    {
      reason: 'policyviolation',
      forms: ['viola (a|as) (política|políticas)'],
      source: GMAIL,
      example: 'Esta mensagem viola a política de e-mail de example.com.',
    },
    {
      reason: 'hasmoved',
      forms: ['mudou de endereço', 'novo endereço (de e-?mail )?é'],
      source: MICROSOFT,
      example: 'O destinatário mudou de endereço.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['destinatári(o|a|os|as)'], source: GMAIL },
    { kind: 'sender', forms: ['remetente*', 'emissor*'], source: GMAIL },
    { kind: 'sending', forms: ['envio', 'envios'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: ['caixa( postal| de correio| de entrada| de e-?mail)?', 'caixas postais'],
      source: NETBIT,
    },
    { kind: 'user', forms: ['usuári(o|a|os|as)', 'utilizador*'], source: CLUBE },
    {
      kind: 'address',
      forms: [
        'endereço( de e-?mail| eletrônico| eletrónico| de correio( eletrônico)?)?',
        'endereços',
      ],
      source: CLUBE,
    },
    { kind: 'account', forms: ['conta( de e-?mail)?', 'contas'], source: PSAFE },
    { kind: 'domain', forms: ['domínio*'], source: BS2 },
    { kind: 'server', forms: ['servidor*'], source: BS2 },
    { kind: 'service', forms: ['serviço'], source: MICROSOFT },
    { kind: 'system', forms: ['sistema'], source: MICROSOFT },
    { kind: 'network', forms: ['rede'], source: MICROSOFT },
    { kind: 'connection', forms: ['conexão', 'conexões', 'ligação'], source: MICROSOFT },
    { kind: 'ip', forms: ['endereço ip*', 'ip'], source: GMAIL },
    { kind: 'blocklist', forms: ['listas? negras?', 'listas? de bloqueio'], source: CLUBE },
    { kind: 'relay', forms: ['retransmissão'], source: MICROSOFT },
    { kind: 'message', forms: ['mensage(m|ns)', 'e-?mails?', 'correio'], source: GMAIL },
    { kind: 'attachment', forms: ['anexo*'], source: GMAIL },
    { kind: 'content', forms: ['conteúdo*'], source: GMAIL },
    { kind: 'size', forms: ['tamanho*'], source: GMAIL },
    {
      kind: 'storage',
      forms: [
        'cota*',
        'quota*',
        'espaço( de armazenamento| em disco)?',
        'armazenamento',
        'capacidade',
      ],
      source: GMAIL,
    },
    { kind: 'rate', forms: ['frequência', 'taxa', 'velocidade'], source: GMAIL },
    { kind: 'limit', forms: ['limite*'], source: GMAIL },
    {
      kind: 'spam',
      forms: [
        'spam*',
        '*anti-?spam*',
        'lixo eletrônico',
        'e-mails? indesejados?',
        'mensage(m|ns) indesejadas?',
        'não solicitad*',
      ],
      source: GMAIL,
    },
    {
      kind: 'virus',
      forms: ['vírus', 'malware', '*antivírus', 'software malicioso', 'código malicioso'],
      source: CLUBE,
    },
    { kind: 'auth', forms: ['autenticação', 'autentica*'], source: NETBIT },
    { kind: 'tls', forms: ['criptografia', 'encriptação'], source: GMAIL },
    { kind: 'certificate', forms: ['certificado*'], source: GMAIL },
    { kind: 'ptr', forms: ['dns reverso', 'registro ptr'], source: GMAIL },
    { kind: 'dns', forms: ['registros? (mx|dns)'], source: BS2 },
    { kind: 'delivery', forms: ['entrega*'], source: GMAIL },
    { kind: 'time', forms: ['tempo', 'prazo'], source: MICROSOFT },
    { kind: 'policy', forms: ['política*'], source: GMAIL },
    { kind: 'filter', forms: ['filtro*'], source: PSAFE },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'desconhecid*',
        'não existe*',
        'inexistente*',
        'inválid*',
        'não (é )?válid*',
        'não (foi )?encontrad*',
        'não pôde ser encontrad*',
        'incorret*',
        'errad*',
        'não reconhecid*',
        'não cadastrad*',
        'não registrad*',
      ],
      source: CLUBE,
    },
    { kind: 'unavailable', forms: ['indisponível', 'não (está )?disponível'], source: CLUBE },
    {
      kind: 'unreachable',
      forms: ['inacessível', 'inalcançável', 'não (foi|é) possível (conectar|acessar)'],
      source: MICROSOFT,
    },
    {
      kind: 'noaccept',
      forms: [
        'não aceita (mensagens|e-?mails)',
        'não (pode|consegue) receber (mensagens|e-?mails)',
      ],
      source: GMAIL,
    },
    { kind: 'missing', forms: ['falta*'], source: GMAIL },
    { kind: 'none', forms: ['nenhum', 'nenhuma', 'sem'], source: GMAIL },
    {
      kind: 'full',
      forms: ['cheia*', 'cheio', 'lotad*', 'esgotad*', 'insuficiente*'],
      source: NETBIT,
    },
    {
      kind: 'exceeded',
      forms: ['excedid*', 'excede*', 'ultrapass*', 'atingid*', 'superad*'],
      source: GMAIL,
    },
    {
      kind: 'toolarge',
      forms: ['muito grande', 'grande demais', 'demasiado grande'],
      source: CLUBE,
    },
    {
      kind: 'disabled',
      forms: [
        'desativad*',
        'suspens(a|o|as|os)',
        'inativ*',
        'desabilitad*',
        'encerrad*',
        'cancelad*',
        'excluíd*',
        'congelad*',
      ],
      source: CLUBE,
    },
    { kind: 'blocked', forms: ['bloquead*', 'bloqueia', 'banid*'], source: CLUBE },
    { kind: 'rejected', forms: ['rejeitad*', 'recusad*', 'negad*', 'não aceit*'], source: CLUBE },
    {
      kind: 'notallowed',
      forms: ['não permitid*', 'não (é )?autorizad*', 'proibid*', 'não é permitid*'],
      source: NETBIT,
    },
    {
      kind: 'listed',
      forms: ['listad*', 'incluíd*', 'consta (em|na|no)', 'aparece (em|na|no)', 'está (em|na|no)'],
      source: CLUBE,
    },
    { kind: 'moved', forms: ['mudou', 'alterad*'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: [
        'detectad*',
        'encontrad*',
        'identificad*',
        'considerad*',
        'classificad*',
        'marcad*',
        'suspeit*',
        'contém',
        'contendo',
        'conter',
        'reportad*',
        'denunciad*',
      ],
      source: GMAIL,
    },
    { kind: 'infected', forms: ['infectad*'], source: CLUBE },
    {
      kind: 'toomany',
      forms: ['excesso de', 'demasiad(os|as)', 'número excessivo'],
      source: GMAIL,
    },
    {
      kind: 'timeout',
      forms: ['tempo (limite )?esgotado', 'tempo limite (excedido|atingido)', 'esgotou o tempo'],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['expirad*', 'vencid*', 'expirou'], source: MICROSOFT },
    { kind: 'failed', forms: ['erro*', 'falha*', 'falhou'], source: MICROSOFT },
    {
      kind: 'required',
      forms: ['obrigatóri*', 'necessári*', 'exigid*', 'requerid*', 'é preciso', 'deve'],
      source: NETBIT,
    },
    { kind: 'violation', forms: ['viola*', 'infring*'], source: GMAIL },
    { kind: 'busy', forms: ['ocupad*', 'sobrecarregad*'], source: GMAIL },
    {
      kind: 'temporary',
      forms: ['temporariamente indisponível', '(erro|problema|falha) temporári(o|a)'],
      source: GMAIL,
    },
  ],
  negators: ['não', 'sem', 'nenhum*', 'nunca'],
  boilerplate: [
    {
      forms: [
        'não (foi possível|pôde ser) entreg(ue|ar)*',
        'não entregue',
        'falha na entrega',
        'notificação de status de entrega',
        'esta mensagem foi (criada|gerada) automaticamente',
      ],
      source: GMAIL,
    },
    {
      forms: [
        'o servidor remoto (retornou|devolveu|respondeu)',
        'informações de diagnóstico para administradores',
        'servidor de geração',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        'verifique (o endereço|se o endereço)*',
        'tente novamente( mais tarde)?',
        'entre em contato com (o )?(seu )?administrador',
      ],
      source: BS2,
    },
    {
      forms: [
        '(verificad|analisad)(a|o) (por|pelo) (um )?antivírus',
        'livre de vírus',
        'esta mensagem (é|pode conter informações?) confidencia*',
        'se você não (é|for) o destinatário',
      ],
      source: CLUBE,
    },
  ],
};
